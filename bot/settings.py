"""Configuration: environment variables (and a `.env` file), read once into one typed object."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from dialogs.policy import Policy
from dialogs.retention import Retention


def _split(value: str) -> tuple[str, ...]:
    return tuple(p for p in (s.strip() for s in value.split(",")) if p)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)

    database_url: str = "sqlite:///sharewise.db"
    host: str = "0.0.0.0"  # noqa: S104  (a server is reached from outside its container)
    port: int = 3978
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("log_level", mode="before")
    @classmethod
    def _level_in_any_case(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value  # LOG_LEVEL=debug is common
    log_format: Literal["json", "console"] = "json"
    #: After SIGTERM, how long requests in flight may take to finish before the process exits anyway.
    sharewise_shutdown_timeout: float = Field(20.0, gt=0)
    #: Tests only: adds /debug/slow, a request that takes as long as asked, to prove SIGTERM drains.
    sharewise_debug_slow_route: bool = False

    sharewise_ruleset: str = "hmg-2018"
    sharewise_org_name: str = "Sharewise"
    sharewise_dsl_users: str = ""
    sharewise_deputy_users: str = ""
    sharewise_admin_users: str = ""
    sharewise_escalation_hours: float = Field(24.0, gt=0)
    sharewise_urgent_escalation_hours: float = Field(2.0, gt=0)
    sharewise_nudge_days: int = Field(3, ge=1)
    sharewise_timezone: str = "Europe/London"
    sharewise_digest_day: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "mon"
    sharewise_digest_time: str = Field("09:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    #: Reminders, nudges and digests run in `sharewise serve`; off for a replica that should only serve.
    sharewise_scheduler: bool = True
    sharewise_scheduler_tick_seconds: float = Field(30.0, gt=0)
    #: On, `sharewise serve` does acked work (filling modals, Teams turns) in a second process, so acks and
    #: work each have a core: for busy organisations, at the cost of a second process's memory (about
    #: 120 MB). Off, the server does it itself. Niceness above 0 lets acks go first when the machine is
    #: short of CPU, at the cost of the work itself.
    sharewise_work_process: bool = False
    sharewise_work_process_niceness: int = Field(0, ge=0, le=19)
    #: After an escalation's deadline passes, how long the DSL-channel reminder has before deputies hear.
    sharewise_deputy_after_hours: float = Field(4.0, gt=0)
    sharewise_urgent_deputy_after_hours: float = Field(1.0, gt=0)
    #: How this server is reached from outside (https://...), for digest chart images in Slack.
    sharewise_public_url: str = ""
    sharewise_job_lease_seconds: float = Field(300.0, ge=30)
    #: Retention. Decisions: years after the record (for a child, keep at least until they are 25; we never
    #: store a date of birth, so set a period that covers it). The rest: days. See README "Records, audit
    #: and retention".
    sharewise_retention_decision_years: int = Field(25, ge=1)
    sharewise_retention_consultation_days: int = Field(365, ge=1)
    sharewise_retention_advice_days: int = Field(365, ge=1)
    sharewise_retention_dialog_days: int = Field(30, ge=1)
    sharewise_retention_request_days: int = Field(30, ge=1)

    slack_signing_secret: str = ""
    slack_bot_token: str = ""
    slack_app_token: str = ""
    slack_api_url: str = "https://slack.com/api/"
    #: Seconds before a Slack Web API call gives up (the shared HTTP session's total timeout).
    slack_api_timeout: float = Field(15.0, gt=0, le=120)
    slack_dsl_channel: str = ""
    slack_team_channel: str = ""
    slack_client_id: str = ""
    slack_client_secret: str = ""

    microsoft_app_id: str = ""
    microsoft_app_password: str = ""
    microsoft_app_tenant_id: str = ""
    microsoft_app_type: Literal["MultiTenant", "SingleTenant", "UserAssignedMSI"] = "MultiTenant"
    #: Where Bot Framework token signing keys are published; empty = Microsoft's public cloud default.
    microsoft_openid_metadata_url: str = ""
    teams_dsl_channel: str = ""
    teams_team_channel: str = ""
    #: Only for local development: accept Teams traffic with no token. Never in production.
    sharewise_teams_allow_unauthenticated: bool = False

    @cached_property
    def policy(self) -> Policy:
        return Policy(
            ruleset=self.sharewise_ruleset,
            dsl_users=frozenset(_split(self.sharewise_dsl_users)),
            admin_users=frozenset(_split(self.sharewise_admin_users)),
            deputy_users=_split(self.sharewise_deputy_users),
            escalation_hours=self.sharewise_escalation_hours,
            urgent_escalation_hours=self.sharewise_urgent_escalation_hours,
            nudge_days=self.sharewise_nudge_days,
        )

    @property
    def retention(self) -> Retention:
        return Retention(decision_years=self.sharewise_retention_decision_years,
                         consultation_days=self.sharewise_retention_consultation_days,
                         advice_days=self.sharewise_retention_advice_days,
                         dialog_days=self.sharewise_retention_dialog_days,
                         request_days=self.sharewise_retention_request_days)

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_signing_secret or self.slack_app_token or self.slack_client_id)

    @property
    def teams_enabled(self) -> bool:
        return bool(self.microsoft_app_id or self.sharewise_teams_allow_unauthenticated)
