"""Checks on a client's file before it is saved, with messages a user can act on."""

from __future__ import annotations

import functools
import re

from reminders.dates import DateSpec
from reminders.parsing import DateSpecError, validate_date_spec
from storage.errors import QT_TRANSLATE_NOOP, InvalidInput
from storage.records import DATE_KINDS, ClientDraft, PhoneEntry

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^\+?[\d\s\-()（）#*,;.]+$")
MAX_NAME = 100
#: A run of white space holding a line break or a tab (what a cell typed with Alt+Enter holds).
_BROKEN_LINE = re.compile(r"\s*[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]\s*")
#: Control characters: invisible, and they break the tab-separated lines of `search`. The
#: direction overrides and isolates are refused too: they make a name read backwards.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: Invisible characters that only shape the text around them (zero-width space and joiners,
#: the byte-order mark, a soft hyphen): trimmed from the ends like spaces.
_INVISIBLE_EDGES = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def single_line(text: str, field: str) -> str:
    """`text` trimmed, on one line: a run of white space with a line break or tab in it becomes
    one space. Raises InvalidInput (naming `field`) if another control character is left."""
    text = text.strip().strip(_INVISIBLE_EDGES).strip()
    if text.isprintable():  # the usual value: nothing to do
        return text
    text = _BROKEN_LINE.sub(" ", text)
    control = _CONTROL.search(text)
    if control is not None:
        char = control.group()
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "“{text}” holds an invisible control character ({code}); delete it"),
            field=field,
            text=_CONTROL.sub(_visible, text),
            code=f"U+{ord(char):04X}",
        )
    return text


def _visible(control: re.Match[str]) -> str:
    """A control character as a sign that can be seen: ␇ for U+0007, ␡ for U+007F, else �."""
    code = ord(control.group())
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


def clean_draft(draft: ClientDraft) -> ClientDraft:
    """Trimmed, de-duplicated and checked copy of `draft`; raises InvalidInput."""
    name = single_line(draft.name, "name")
    if not name:
        raise InvalidInput("a client needs a name", field="name", code="name_required")
    if len(name) > MAX_NAME:
        raise InvalidInput(
            f"the name is longer than {MAX_NAME} characters", field="name", code="name_too_long", params=(MAX_NAME,)
        )
    if draft.gender not in ("", "F", "M"):
        raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "gender must be F, M or empty"), field="gender")
    email = single_line(draft.email, "email")
    if email and not _EMAIL.match(email):
        raise InvalidInput(f"“{email}” is not an email address", field="email", code="email", params=(email,))
    phones = [clean_phone(p) for p in draft.phones if p.number.strip()]
    tags = list(dict.fromkeys(tag for tag in (single_line(t, "tags") for t in draft.tags) if tag))
    for tag in tags:
        if len(tag) > 50:
            raise InvalidInput(
                f"the tag “{tag[:20]}…” is longer than 50 characters",
                field="tags",
                code="tag_too_long",
                params=(tag[:20],),
            )
    if draft.birthday is not None:
        check_spec(draft.birthday, "birthday")
    for member in draft.family:
        if not member.relation.strip() and not member.name.strip():
            raise InvalidInput(
                "each family member needs a relation or a name", field="family", code="family_needs_name"
            )
        if member.birthday is not None:
            check_spec(member.birthday, "family")
    for item in draft.dates:
        if item.kind not in DATE_KINDS:
            raise InvalidInput.worded(
                QT_TRANSLATE_NOOP("Storage", "unknown kind of date: {kind}"), kind=item.kind, field="dates"
            )
        if item.kind == "custom" and not item.label.strip():
            raise InvalidInput("a custom date needs a label, e.g. 合作纪念日", field="dates", code="date_needs_label")
        if not item.yearly and item.spec.year is None:
            raise InvalidInput("a one-off date needs its year", field="dates", code="date_needs_year")
        check_spec(item.spec, "dates")
    return ClientDraft(
        address_as=single_line(draft.address_as, "address_as"),
        company=single_line(draft.company, "company"),
        title=single_line(draft.title, "title"),
        wechat=single_line(draft.wechat, "wechat"),
        address=single_line(draft.address, "address"),
        source=single_line(draft.source, "source"),
        personality=draft.personality.strip(),
        preferences=draft.preferences.strip(),
        payment_habits=draft.payment_habits.strip(),
        health_notes=draft.health_notes.strip(),
        notes=draft.notes.strip(),
        name=name,
        tier=draft.tier,
        gender=draft.gender,
        email=email,
        phones=phones,
        tags=tags,
        is_teacher=draft.is_teacher,
        counts_nominal_age=draft.counts_nominal_age,
        birthday=draft.birthday,
        family=list(draft.family),
        dates=list(draft.dates),
    )


def clean_phone(phone: PhoneEntry) -> PhoneEntry:
    number = single_line(phone.number, "phones")
    if not _PHONE_CHARS.match(number):
        raise InvalidInput(f"“{number}” is not a phone number", field="phones", code="phone", params=(number,))
    digits = len(number) if number.isdecimal() else sum(ch.isdigit() for ch in number)
    if not 3 <= digits <= 20:
        raise InvalidInput(f"“{number}” is not a phone number", field="phones", code="phone", params=(number,))
    label = phone.label.strip()
    if number == phone.number and label == phone.label:
        return phone  # already clean (entries are immutable)
    return PhoneEntry(number=number, label=label)


@functools.lru_cache(maxsize=4096)  # a big import checks the same few thousand dates again and again
def check_spec(spec: DateSpec, field: str) -> None:
    """A date must be a real day: a lunar leap month must exist in its year, 29 Feb needs a leap year."""
    if spec.year is not None and not 1800 <= spec.year <= 2200:
        raise InvalidInput(
            f"the year {spec.year} is out of range (1800-2200)", field=field, code="year_range", params=(spec.year,)
        )
    try:
        validate_date_spec(spec)
    except DateSpecError as error:
        raise InvalidInput(str(error), field=field, code=error.code, params=error.params) from error
