"""The organisation's choices that shape the dialogs, handed in by the bot layer from its settings."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Policy:
    ruleset: str = "hmg-2018"
    #: DSLs from configuration; admins can add more in chat (stored as role grants).
    dsl_users: frozenset[str] = field(default_factory=frozenset)
    admin_users: frozenset[str] = field(default_factory=frozenset)
    deputy_users: tuple[str, ...] = ()
    escalation_hours: float = 24.0
    urgent_escalation_hours: float = 2.0
    nudge_days: int = 3
    #: Long enough for a clear summary; short enough to keep to what an adviser needs (golden rule 6).
    max_situation_chars: int = 3000
    max_field_chars: int = 1000
    emergency_text: str = (
        "If anyone is in immediate danger, call 999 now. "
        "Then call your local children's social care or adult social care front door (MASH); "
        "out of hours, use the emergency duty team. Tell your DSL as soon as you can. "
        "You do not need anyone's consent to act to keep someone safe."
    )
