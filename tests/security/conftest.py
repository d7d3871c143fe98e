"""The security suite reuses the Slack and Teams fixtures (the whole bot in-process, local fakes of the
platforms) rather than copying them; pytest registers fixtures imported into a conftest."""

from __future__ import annotations

from tests.slack.conftest import api, bot, db_engine, start_bot
from tests.teams.conftest import connector, people, server, start_server

__all__ = ["api", "bot", "connector", "db_engine", "people", "server", "start_bot", "start_server"]
