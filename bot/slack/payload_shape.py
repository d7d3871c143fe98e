"""Is a payload shaped as Slack documents it? Checked before Bolt, which indexes into payloads freely.

Bolt assumes what Slack sends: `actions[0]["action_id"]`, a `view` with an `id`, a `user` object. A
payload that is signed (so from someone holding the signing secret, or a Slack bug) but not shaped so
would otherwise raise inside Bolt and answer 500; here it is a 400 and reaches nothing.
"""

from __future__ import annotations

from typing import Any


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value)


def _user(data: dict[str, Any]) -> bool:
    user = data.get("user")
    return isinstance(user, dict) and _text(user.get("id"))


def _team(data: dict[str, Any]) -> bool:
    team = data.get("team")
    return team is None or (isinstance(team, dict) and isinstance(team.get("id", ""), str))


def _actions(data: dict[str, Any]) -> bool:
    actions = data.get("actions")
    return isinstance(actions, list) and bool(actions) and all(
        isinstance(a, dict) and _text(a.get("action_id")) and isinstance(a.get("value", ""), str)
        and isinstance(a.get("action_ts", ""), str) and isinstance(a.get("block_id", ""), str) for a in actions)


def _view(view: Any) -> bool:
    if not (isinstance(view, dict) and _text(view.get("id"))):
        return False
    state = view.get("state", {"values": {}})
    values = state.get("values") if isinstance(state, dict) else None
    return isinstance(values, dict) and all(
        isinstance(block, dict) and all(isinstance(el, dict) for el in block.values()) for block in values.values()) \
        and isinstance(view.get("private_metadata", ""), str) and isinstance(view.get("callback_id", ""), str)


def _context(data: dict[str, Any]) -> bool:
    """The fields Bolt reads from every payload to find the workspace and installation."""
    auths = data.get("authorizations", [])
    enterprise = data.get("enterprise")
    return isinstance(auths, list) and all(isinstance(a, dict) and all(
        isinstance(a.get(k, ""), str | None) for k in ("team_id", "user_id", "enterprise_id")) for a in auths) \
        and (enterprise is None or isinstance(enterprise, str | dict)) \
        and isinstance(data.get("is_enterprise_install", False), bool | str) \
        and all(isinstance(data.get(k, ""), str | None) for k in ("team_id", "enterprise_id", "api_app_id", "token"))


def interactive(data: dict[str, Any]) -> bool:
    kind = data.get("type")
    if not (isinstance(kind, str) and _user(data) and _team(data) and _context(data)):
        return False
    if kind == "block_actions":
        return _actions(data) and (data.get("view") is None or _view(data["view"])) and \
            isinstance(data.get("container", {}), dict) and isinstance(data.get("channel", {}), dict | None) and \
            isinstance(data.get("message", {}), dict | None)
    if kind == "view_submission":
        return _view(data.get("view"))
    if kind == "message_action":
        return _text(data.get("callback_id")) and isinstance(data.get("message"), dict) and \
            isinstance(data.get("channel"), dict)
    return False


def event(data: dict[str, Any]) -> bool:
    kind = data.get("type")
    if kind == "url_verification":
        return isinstance(data.get("challenge"), str)
    if kind != "event_callback":
        return False
    inner = data.get("event")
    return _context(data) and isinstance(inner, dict) and _text(inner.get("type")) \
        and isinstance(data.get("event_id", ""), str) and all(
            isinstance(inner.get(k, ""), str) for k in ("user", "channel", "ts", "thread_ts", "text", "subtype"))


def command(form: dict[str, list[str]]) -> bool:
    return all(_text((form.get(k) or [""])[0]) for k in ("team_id", "user_id", "channel_id", "trigger_id"))
