"""How scheduled work reaches people: a small protocol each channel implements.

The scheduler (reminders, nudges, digests) builds neutral `Post`s and hands them to the `Deliverer` of the
platform a record lives on ("slack", "teams"). Nothing here knows a platform.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from dialogs.messages import Post


class DeliveryError(Exception):
    """The platform refused or could not be reached; the job is tried again later."""


@runtime_checkable
class Deliverer(Protocol):
    async def deliver(self, org_id: str, post: Post, channel: str | None = None) -> str | None:
        """Send one post and return the platform's reference for it (Slack `ts`, Teams activity id).

        `post.audience` says where it goes by default: "dsl" -> the organisation's DSL channel,
        "team" -> its team channel, "user" -> a direct message to `post.user_id`. `channel`, when given,
        names a platform conversation to use instead (a team channel a consultation was posted to, as
        stored by `Sharewise.delivered`). Raise `DeliveryError` (or any exception) when it was not sent.
        """
        ...


#: Deliverers by platform name, the same names as `Actor.channel` and `Consultation.channel`.
Deliverers = dict[str, Deliverer]
