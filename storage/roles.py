"""Role grants made in chat by an admin (configuration adds more in `dialogs`)."""

from __future__ import annotations

from sqlalchemy import bindparam, delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage.db import affected
from storage.models import RoleGrant

_GRANTS = RoleGrant.__table__  # type: ignore[attr-defined]
#: Built once and run on the connection (Core): read on every request, and building the expression, or
#: the ORM's handling of it, cost more than running it on SQLite.
_ROLES_OF = select(_GRANTS.c.role).where(_GRANTS.c.org_id == bindparam("org_id"),
                                         _GRANTS.c.user_id == bindparam("user_id"))


def roles_of(session: Session, org_id: str, user_id: str) -> set[str]:
    return set(session.connection().execute(_ROLES_OF, {"org_id": org_id, "user_id": user_id}).scalars())


def users_with(session: Session, org_id: str, role: str) -> list[str]:
    stmt = select(col(RoleGrant.user_id)).where(col(RoleGrant.org_id) == org_id, col(RoleGrant.role) == role)
    return sorted(session.execute(stmt).scalars())


def grant(session: Session, org_id: str, user_id: str, role: str, granted_by: str) -> bool:
    try:
        with session.begin_nested():
            session.add(RoleGrant(org_id=org_id, user_id=user_id, role=role, granted_by=granted_by))
            session.flush()
    except IntegrityError:
        return False
    return True


def revoke(session: Session, org_id: str, user_id: str, role: str) -> bool:
    result = session.execute(delete(RoleGrant).where(
        col(RoleGrant.org_id) == org_id, col(RoleGrant.user_id) == user_id, col(RoleGrant.role) == role))
    return bool(affected(result))
