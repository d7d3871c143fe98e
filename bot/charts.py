"""`GET /charts/{job}-{token}.png`: a digest's chart, for platforms that show images by URL (Slack).

The token is random, stored with the digest job, and compared in constant time; the picture holds only
weekly counts. Any replica can serve it: it is drawn again from the counts saved on the job.
"""

from __future__ import annotations

import asyncio
import hmac
import re

from aiohttp import web

from dialogs.chart import bar_chart
from dialogs.runtime import Sharewise
from storage import jobs
from storage.db import session_scope

NAME = re.compile(r"^(\d{1,12})-([A-Za-z0-9_-]{16,64})\.png$")


def install(app: web.Application, core: Sharewise) -> None:
    def load(job_id: int, token: str) -> bytes | None:
        with session_scope(core.engine) as s:
            job = jobs.get(s, job_id)
            if job is None or not job.kind.startswith("digest.") or "chart" not in job.payload:
                return None
            if not hmac.compare_digest(str(job.payload.get("token", "")), token):
                return None
            chart = job.payload["chart"]
            return bar_chart(chart["consultations"], chart["decisions"])

    async def chart(request: web.Request) -> web.Response:
        m = NAME.match(request.match_info["name"])
        png = await asyncio.to_thread(load, int(m.group(1)), m.group(2)) if m else None
        if png is None:
            raise web.HTTPNotFound()
        return web.Response(body=png, content_type="image/png",
                            headers={"Cache-Control": "private, max-age=604800"})

    app.router.add_get("/charts/{name}", chart)
