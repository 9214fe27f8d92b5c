"""Between ORM objects and the plain records services return."""

from __future__ import annotations

from reminders.dates import CalendarKind, DateSpec
from reminders.tiers import Tier
from storage import models
from storage.records import (
    ClientDraft,
    ClientFile,
    FamilyMemberEntry,
    ImportantDate,
    PhoneEntry,
    TierChangeEntry,
)


def spec_from_columns(
    calendar: str | None, year: int | None, month: int | None, day: int | None, leap: bool
) -> DateSpec | None:
    if not calendar or month is None or day is None:
        return None
    return DateSpec(CalendarKind(calendar), month, day, year, bool(leap))


def spec_columns(spec: DateSpec | None) -> tuple[str | None, int | None, int | None, int | None, bool]:
    if spec is None:
        return None, None, None, None, False
    return spec.calendar.value, spec.year, spec.month, spec.day, spec.leap


def draft_of(client: models.Client) -> ClientDraft:
    return ClientDraft(
        name=client.name,
        tier=Tier(client.tier),
        gender=client.gender,
        address_as=client.address_as,
        company=client.company,
        title=client.title,
        phones=[PhoneEntry(p.number, p.label) for p in client.phones],
        wechat=client.wechat,
        email=client.email,
        address=client.address,
        tags=[t.name for t in client.tags],
        source=client.source,
        personality=client.personality,
        preferences=client.preferences,
        payment_habits=client.payment_habits,
        health_notes=client.health_notes,
        notes=client.notes,
        is_teacher=client.is_teacher,
        counts_nominal_age=client.counts_nominal_age,
        birthday=spec_from_columns(
            client.birthday_calendar,
            client.birthday_year,
            client.birthday_month,
            client.birthday_day,
            client.birthday_leap,
        ),
        family=[family_entry(m) for m in client.family],
        dates=[important_date(d) for d in client.dates],
    )


def family_entry(m: models.FamilyMember) -> FamilyMemberEntry:
    return FamilyMemberEntry(
        relation=m.relation,
        name=m.name,
        gender=m.gender,
        birthday=spec_from_columns(
            m.birthday_calendar, m.birthday_year, m.birthday_month, m.birthday_day, m.birthday_leap
        ),
        notes=m.notes,
    )


def important_date(d: models.ClientDate) -> ImportantDate:
    return ImportantDate(
        label=d.label,
        spec=DateSpec(CalendarKind(d.calendar), d.month, d.day, d.year, d.leap),
        kind=d.kind,
        yearly=d.yearly,
        person=d.person,
        notes=d.notes,
    )


def file_of(client: models.Client) -> ClientFile:
    return ClientFile(
        id=client.id,
        version=client.version,
        draft=draft_of(client),
        created_at=client.created_at,
        updated_at=client.updated_at,
        last_contact_at=client.last_contact_at,
        archived_at=client.archived_at,
        tier_history=tuple(
            TierChangeEntry(
                from_tier=Tier(c.from_tier) if c.from_tier is not None else None,
                to_tier=Tier(c.to_tier),
                changed_at=c.changed_at,
                reason=c.reason,
            )
            for c in client.tier_changes
        ),
    )
