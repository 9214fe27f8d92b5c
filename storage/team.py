"""Team services: who is using the book, reassigning and sharing clients.

The rules themselves are enforced by PostgreSQL (see `storage.team_schema`); these
services give clear messages first. A SQLite book has one user, "local", who may do
everything.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from reminders.tiers import Tier
from storage import models
from storage.db import Book
from storage.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowed, NotFound
from storage.team_schema import MANAGER_ROLE, SALES_ROLE

LOCAL_USER = "local"


@dataclass(frozen=True, slots=True)
class TeamUser:
    """The salesperson using the book."""

    name: str
    is_manager: bool


@dataclass(frozen=True, slots=True)
class OwnerCount:
    """One line of the team overview: a salesperson and the clients they keep.

    `clients` counts every client on the list; `by_tier` the active ones (not lost) by tier.
    """

    owner: str
    clients: int
    by_tier: dict[Tier, int] = field(default_factory=dict)
    lost: int = 0


def current_user(book: Book) -> TeamUser:
    if book.is_sqlite:
        return TeamUser(LOCAL_USER, True)
    with book.Session() as session:
        name, manager = session.execute(
            text("SELECT current_user, pg_has_role(current_user, :role, 'MEMBER')"), {"role": MANAGER_ROLE}
        ).one()
    return TeamUser(name, bool(manager))


def team_members(book: Book) -> list[str]:
    """Role names of the salespeople and managers (only "local" in a SQLite book)."""
    if book.is_sqlite:
        return [LOCAL_USER]
    query = text(
        "SELECT rolname FROM pg_roles WHERE rolcanlogin AND pg_has_role(rolname, :sales, 'MEMBER') "
        "AND NOT rolsuper ORDER BY rolname"
    )
    with book.Session() as session:
        return list(session.scalars(query, {"sales": SALES_ROLE}))


def team_overview(book: Book) -> list[OwnerCount]:
    """Clients on the list per owner, as far as the current user can see (all, for a manager)."""
    client = models.Client
    lost = client.lost_at.is_not(None)
    with book.Session() as session:
        rows = session.execute(
            select(client.owner, client.tier, lost, func.count())
            .where(client.archived_at.is_(None))
            .group_by(client.owner, client.tier, lost)
        ).all()
    tiers: dict[str, dict[Tier, int]] = defaultdict(lambda: dict.fromkeys(Tier, 0))
    losses: dict[str, int] = defaultdict(int)
    for owner, tier, is_lost, count in rows:
        if is_lost:
            losses[owner] += count
        else:
            tiers[owner][Tier(tier)] += count
    owners = sorted(set(tiers) | set(losses))
    return [OwnerCount(o, sum(tiers[o].values()) + losses[o], dict(tiers[o]), losses[o]) for o in owners]


def reassign_clients(book: Book, client_ids: Sequence[int], new_owner: str) -> list[int]:
    """Give clients to `new_owner` (e.g. when a salesperson leaves); manager only.

    Returns the ids that changed hands.
    """
    _require_manager(book)
    new_owner = _known_user(book, new_owner)
    changed: list[int] = []
    with book.Session.begin() as session:
        for client in session.scalars(select(models.Client).where(models.Client.id.in_(client_ids))):
            if client.owner != new_owner:
                client.owner = new_owner
                changed.append(client.id)
    return changed


def reassign_all(book: Book, old_owner: str, new_owner: str) -> list[int]:
    """Give every client of `old_owner` to `new_owner`; manager only."""
    _require_manager(book)
    with book.Session() as session:
        ids = list(session.scalars(select(models.Client.id).where(models.Client.owner == old_owner.strip())))
    if not ids:
        raise NotFound.worded(QT_TRANSLATE_NOOP("Storage", "{owner} has no clients"), owner=old_owner)
    return reassign_clients(book, ids, new_owner)


def share_client(book: Book, client_id: int, with_user: str) -> bool:
    """Let `with_user` see and edit one client; False when it was already shared."""
    with_user = _known_user(book, with_user)
    with book.Session.begin() as session:
        client = _own_client(book, session, client_id)
        if with_user == client.owner:
            raise InvalidInput.worded(
                QT_TRANSLATE_NOOP("Storage", "{name} already belongs to {salesperson}"),
                name=client.name,
                salesperson=with_user,
            )
        if session.get(models.ClientShare, (client_id, with_user)) is not None:
            return False
        session.add(models.ClientShare(client_id=client_id, user_name=with_user))
    return True


def unshare_client(book: Book, client_id: int, with_user: str) -> bool:
    """Stop sharing a client with `with_user`; False when it was not shared."""
    with book.Session.begin() as session:
        _own_client(book, session, client_id)
        share = session.get(models.ClientShare, (client_id, with_user.strip()))
        if share is None:
            return False
        session.delete(share)
    return True


def shared_with(book: Book, client_id: int) -> list[str]:
    with book.Session() as session:
        query = select(models.ClientShare.user_name).where(models.ClientShare.client_id == client_id)
        return sorted(session.scalars(query))


def _own_client(book: Book, session, client_id: int) -> models.Client:
    client = session.get(models.Client, client_id)
    if client is None:
        raise NotFound.worded(QT_TRANSLATE_NOOP("Storage", "there is no client #{client_id}"), client_id=client_id)
    user = current_user(book)
    if client.owner != user.name and not user.is_manager:
        raise NotAllowed.worded(
            QT_TRANSLATE_NOOP("Storage", "only {owner} (the owner) or a manager can share {name}"),
            owner=client.owner,
            name=client.name,
        )
    return client


def _require_manager(book: Book) -> None:
    """Reassigning clients is for managers only (the one such action so far)."""
    user = current_user(book)
    if not user.is_manager:
        raise NotAllowed.worded(
            QT_TRANSLATE_NOOP("Storage", "only a manager can reassign clients; {user} is not in the {role} role"),
            user=user.name,
            role=MANAGER_ROLE,
        )


def _known_user(book: Book, name: str) -> str:
    name = name.strip()
    if not name:
        raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "name a salesperson"), field="owner")
    if book.is_sqlite:
        if name != LOCAL_USER:
            raise InvalidInput.worded(
                QT_TRANSLATE_NOOP("Storage", "a single-user book has only the user {user}"),
                user=repr(LOCAL_USER),
                field="owner",
            )
        return name
    members = team_members(book)
    if name not in members:
        if members:
            raise InvalidInput.worded(
                QT_TRANSLATE_NOOP("Storage", "{name} is not a salesperson of this team book (members: {members})"),
                name=name,
                members=", ".join(members),
                field="owner",
            )
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "{name} is not a salesperson of this team book (members: none)"),
            name=name,
            field="owner",
        )
    return name
