"""Plain-text summaries of Articles for terminals (``claimkit summary``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimkit.records import (
    Article,
    ClaimGroup,
    GroupMember,
    Quantity,
    QuantityClaim,
    QuoteClaim,
)

_QUALIFIER_SIGN = {
    "exact": "",
    "approx": "≈ ",
    "more_than": "> ",
    "at_least": "≥ ",
    "less_than": "< ",
    "at_most": "≤ ",
    "range": "",
}
# Currencies shown by their symbol; any other ISO code is written after the number.
_CURRENCY_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def format_number(value: float) -> str:
    """Format a value compactly: 600000000000 -> '600B', 2000 -> '2,000'."""
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(value) >= size:
            return f"{value / size:,.3g}{suffix}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def format_quantity(quantity: Quantity) -> str:
    """Render a normalized quantity: '≈ $600B', '≥ 2,000 chip', '5–10%'."""
    symbol = (
        _CURRENCY_SYMBOL.get(quantity.unit or "") if quantity.kind == "money" else None
    )
    prefix = symbol or ""
    if (
        quantity.qualifier == "range"
        and quantity.low is not None
        and quantity.high is not None
    ):
        number = (
            f"{prefix}{format_number(quantity.low)}–"
            f"{prefix}{format_number(quantity.high)}"
        )
    elif quantity.value is not None:
        number = (
            _QUALIFIER_SIGN[quantity.qualifier] + prefix + format_number(quantity.value)
        )
    else:
        number = "?"
    unit = "" if symbol else quantity.unit or ""
    if quantity.kind == "percent" and unit == "%":
        text = f"{number}%"
    else:
        text = f"{number} {unit}".strip()
    if quantity.per:
        text += f"/{quantity.per}"
    if quantity.change:
        text += " ↑" if quantity.change == "up" else " ↓"
    return text


def summarize(articles: Iterable[Article], *, limit: int = 8) -> Iterator[str]:
    """Yield one text block per article: entities, quantities and quotes."""
    for article in articles:
        names = {e.id: e.name for e in article.entities}
        lines = [f"== {article.doc_id}: {article.title or article.text[:60]!r}"]
        people = [e.name for e in article.entities if e.label == "PERSON"]
        orgs = [e.name for e in article.entities if e.label == "ORG"]
        lines.append(f"   people: {', '.join(people) or '-'}")
        lines.append(f"   organizations: {', '.join(orgs) or '-'}")
        quantities = [c for c in article.claims if isinstance(c, QuantityClaim)]
        for claim in quantities[:limit]:
            about = names.get(claim.subject or "", "")
            source = names.get(claim.source or "", "")
            roles = "".join(
                [
                    f" ({claim.concept})" if claim.concept else "",
                    f" about {about}" if about else "",
                    f" per {source}" if source else "",
                ]
            )
            lines.append(
                f"   # {claim.text!r} = {format_quantity(claim.quantity)}{roles}"
            )
        if len(quantities) > limit:
            lines.append(f"   # ... {len(quantities) - limit} more quantities")
        quotes = [c for c in article.claims if isinstance(c, QuoteClaim)]
        for quote in quotes[:limit]:
            who = names.get(quote.speaker or "", quote.speaker_text or "?")
            words = quote.text if len(quote.text) <= 70 else quote.text[:67] + "..."
            lines.append(
                f"   > {who} ({quote.form}, {quote.cue or 'no cue'}): {words!r}"
            )
        if len(quotes) > limit:
            lines.append(f"   > ... {len(quotes) - limit} more quotes")
        for issue in article.issues:
            lines.append(f"   ! {issue}")
        yield "\n".join(lines)


def _member_figure(group: ClaimGroup, member: GroupMember) -> str:
    quantity = Quantity(
        kind=group.kind,
        value=member.value,
        low=member.low,
        high=member.high,
        unit=group.unit,
        qualifier=member.qualifier,
        change=member.change,
    )
    return format_quantity(quantity)


def format_groups(groups: list[ClaimGroup], *, limit: int = 8) -> str:
    """Render claim groups as a table: conflicts first, each member's figure."""
    if not groups:
        return (
            "== figures across articles: none (no subject and measure in two articles)"
        )
    conflicts = sum(group.status == "conflict" for group in groups)
    lines = [
        f"== figures across articles: {len(groups)} group(s), {conflicts} conflict(s)"
    ]
    for group in groups[:limit]:
        mark = "≠" if group.status == "conflict" else "="
        what = f"{group.subject_name}: {group.concept}"
        if group.period:
            what += f" ({group.period})"
        lines.append(f"   {mark} {what} [{group.status}]")
        for member in group.members:
            source = f" per {member.source}" if member.source else ""
            lines.append(
                f"       {_member_figure(group, member):<16} {member.doc_id}{source}:"
                f" {member.text!r}"
            )
    if len(groups) > limit:
        lines.append(f"   ... {len(groups) - limit} more group(s): claimkit compare")
    return "\n".join(lines)
