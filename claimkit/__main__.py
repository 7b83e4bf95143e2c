from claimkit.cli import app

app(prog_name="claimkit")
