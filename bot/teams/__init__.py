"""Microsoft Teams: the Bot Framework endpoint `POST /api/messages` on the shared aiohttp server.

`install()` is the server's installer. Without `MICROSOFT_APP_ID` the endpoint refuses all traffic (401)
unless `SHAREWISE_TEAMS_ALLOW_UNAUTHENTICATED=true`, which is for local development only and is logged
as a warning at start-up: with it, anyone who can reach the server can make it post to any URL.
"""

from __future__ import annotations

from aiohttp import web

from bot import offload
from bot.logging_setup import log
from bot.settings import Settings
from dialogs.runtime import Sharewise

ROUTE = "/api/messages"


def install(app: web.Application, settings: Settings, core: Sharewise) -> None:
    from bot.teams.adapter import TeamsAdapter
    from bot.teams.channel import TeamsChannel
    from bot.teams.refs import RefStore

    refs = RefStore(core.engine)
    adapter = TeamsAdapter(settings, lambda connector: TeamsChannel(core, settings, refs, connector),
                           offload.of(app))
    app.router.add_post(ROUTE, adapter.handle)

    async def close(_app: web.Application) -> None:
        await adapter.close()

    app.on_cleanup.append(close)
    if settings.microsoft_app_id:
        log.info("teams.enabled", authenticated=True)
    elif settings.sharewise_teams_allow_unauthenticated:
        log.warning("teams.unauthenticated_mode",
                    message="SHAREWISE_TEAMS_ALLOW_UNAUTHENTICATED is on: /api/messages accepts requests "
                            "with no token. Use this only for local development, never in production.")
    else:
        log.info("teams.disabled", message="MICROSOFT_APP_ID is not set: /api/messages refuses all traffic.")
