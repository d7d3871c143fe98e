"""Admins add or remove DSLs in chat. Configured DSLs (settings) stay as configured."""

from __future__ import annotations

from typing import Literal

from dialogs import records as rec
from dialogs.actors import Actor, Forbidden, require
from dialogs.messages import Notice, Reply
from dialogs.runtime import Sharewise
from storage import audit, roles
from storage.db import session_scope

Op = Literal["add", "remove", "list"]


def change_dsl(core: Sharewise, actor: Actor, op: Op, user_id: str = "", user_label: str = "") -> Reply:
    """`user_label` is how the channel names the person in its reply (e.g. a mention); ids go in the audit."""
    label = user_label or user_id
    with session_scope(core.engine) as s:
        try:
            require(actor, "roles.change", org_id=actor.org_id)
        except Forbidden as exc:
            return rec.refuse(s, actor, exc, "role", "dsl")
        if op == "list":
            granted = roles.users_with(s, actor.org_id, "dsl")
            return Reply([Notice("DSLs added in chat: " + (", ".join(granted) if granted else "none") + ". "
                                 f"{len(core.policy.dsl_users)} more are set in configuration.")])
        if not user_id:
            return Reply([Notice("Please name the person, for example: add @name.", tone="warning")])
        if op == "add":
            changed = roles.grant(s, actor.org_id, user_id, "dsl", actor.user_id)
            text = f"{label} is now a DSL." if changed else f"{label} is already a DSL."
        else:
            changed = roles.revoke(s, actor.org_id, user_id, "dsl")
            if changed:
                text = f"{label} is no longer a DSL."
            elif user_id in core.policy.dsl_users:
                text = f"{label} is a DSL through configuration (SHAREWISE_DSL_USERS); change it there."
            else:
                text = f"{label} was not a DSL, so nothing changed."
        if changed:
            audit.append(s, org_id=actor.org_id, actor=actor.user_id, action="role.changed", channel=actor.channel,
                         object_type="user", object_id=user_id[:50], details={"role": "dsl", "change": op})
        return Reply([Notice(text, tone="success" if changed else "info")])


#: Roles an admin can give in chat. Deputies are an ordered list, so they stay in configuration.
GRANTABLE = ("dsl", "admin")


def grant_role(core: Sharewise, actor: Actor, target_user: str, role: str) -> Reply:
    """An admin makes `target_user` a DSL or an admin of their own organisation; audited as `role.changed`."""
    return _change_role(core, actor, target_user, role, "add")


def revoke_role(core: Sharewise, actor: Actor, target_user: str, role: str) -> Reply:
    return _change_role(core, actor, target_user, role, "remove")


def _configured(core: Sharewise, role: str) -> frozenset[str]:
    return core.policy.dsl_users if role == "dsl" else core.policy.admin_users


def _change_role(core: Sharewise, actor: Actor, target_user: str, role: str, op: Op) -> Reply:
    with session_scope(core.engine) as s:
        try:
            require(actor, "roles.change", org_id=actor.org_id)
        except Forbidden as exc:
            return rec.refuse(s, actor, exc, "user", target_user[:50])
        name = {"dsl": "a DSL", "admin": "an admin"}.get(role)
        if name is None:
            return Reply([Notice("You can give or remove the DSL or admin role.", tone="warning")])
        if not target_user:
            return Reply([Notice("Please name the person.", tone="warning")])
        if op == "add":
            changed = roles.grant(s, actor.org_id, target_user, role, actor.user_id)
            text = f"{target_user} is now {name}." if changed else f"{target_user} is already {name}."
        else:
            held = role in roles.roles_of(s, actor.org_id, target_user)
            others = (set(roles.users_with(s, actor.org_id, "admin")) | core.policy.admin_users) - {target_user}
            if held and role == "admin" and not others:
                return Reply([Notice("That would leave nobody who can manage roles. Add another admin first.",
                                     tone="warning")])
            changed = held and roles.revoke(s, actor.org_id, target_user, role)
            if changed:
                text = f"{target_user} is no longer {name}."
            elif target_user in _configured(core, role):
                text = f"{target_user} is {name} through configuration; change it there."
            else:
                text = f"{target_user} was not {name}, so nothing changed."
        if changed:
            audit.append(s, org_id=actor.org_id, actor=actor.user_id, action="role.changed", channel=actor.channel,
                         object_type="user", object_id=target_user[:50], details={"role": role, "change": op})
        return Reply([Notice(text, tone="success" if changed else "info")])
