"""JSON over HTTP to the hub (httpx), errors turned into :mod:`kamdesk.sync.errors`.

The engine takes an ``httpx.Client`` (tests pass the hub's TestClient); with
none it makes its own with keep-alive and sensible timeouts. Protocol answers
that the engine handles itself (``reset_required``, ``gap``,
``device_fork``) come back as :class:`ProtocolSignal`.
"""

from __future__ import annotations

from typing import Any

import httpx
import orjson

from kamdesk.sync.credentials import normalise_url
from kamdesk.sync.errors import (
    HubFailed,
    HubUnreachable,
    SignInRequired,
    TooManySignInAttempts,
    UpgradeRequired,
    UserRevoked,
    WrongPassword,
)

PROTOCOL = 1
TIMEOUT = httpx.Timeout(60.0, connect=10.0)


def _transport_errors() -> tuple[type[BaseException], ...]:
    """Connection failures of httpx, and of httpx2 when present (starlette's TestClient)."""
    errors: list[type[BaseException]] = [httpx.TransportError]
    try:
        import httpx2  # type: ignore[import-not-found]

        errors.append(httpx2.TransportError)
    except ImportError:
        pass
    return tuple(errors)


_TRANSPORT_ERRORS = _transport_errors()


class ProtocolSignal(Exception):
    """A 409 the engine acts on: ``reset_required``, ``gap`` or ``device_fork``."""

    def __init__(self, code: str, body: dict[str, Any]) -> None:
        super().__init__(code)
        self.code = code
        self.body = body


class PayloadTooLarge(Exception):
    """413: the request was over the hub's size limit."""


def make_client() -> Any:
    """The HTTP client a hub connection uses when none is given (keep-alive, timeouts)."""
    return httpx.Client(timeout=TIMEOUT)


class Hub:
    """One hub, reached through ``client`` with an optional device token."""

    def __init__(self, url: str, client: Any | None = None, token: str | None = None):
        """``client``: an ``httpx.Client`` or anything with its ``post`` (TestClient)."""
        self.url = normalise_url(url)
        self._own = client is None
        self.client = client if client is not None else make_client()
        self.token = token

    def close(self) -> None:
        if self._own:
            self.client.close()

    def __enter__(self) -> Hub:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def post(self, path: str, body: dict[str, Any], *, login: bool = False) -> dict[str, Any]:
        """POSTs ``body`` (with ``protocol``) to ``path``; returns the JSON answer.

        The hub answers errors as ``{"error": code, "message": text}`` (kamdesk/hub/app.py);
        the text is English and goes into the error's detail.

        Raises:
            HubUnreachable: no connection, or it broke.
            SignInRequired: 401 (for a login: WrongPassword, or UserRevoked).
            TooManySignInAttempts: 429 (too many failed sign-ins).
            UpgradeRequired: 426 (``hub_outdated`` when the hub is the older side).
            ProtocolSignal: 409 with a protocol code.
            PayloadTooLarge: 413.
            HubFailed: any other error (422 naming the field the hub could not take, …),
                or an answer that is not JSON.
        """
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        sent = {"protocol": PROTOCOL, **body}
        try:
            response = self.client.post(self.url + path, json=sent, headers=headers)
        except _TRANSPORT_ERRORS as exc:
            raise HubUnreachable(_transport_detail(exc)) from None
        answer = _json(response)
        status = response.status_code
        if status == 200 or status == 201:
            if not isinstance(answer, dict):
                raise HubFailed(f"HTTP {status}: not a JSON object")
            return answer
        if not isinstance(answer, dict):
            answer = {}
        code = str(answer.get("error") or "")
        message = str(answer.get("message") or "")
        if status == 401:
            if login:
                raise UserRevoked(message) if code == "revoked" else WrongPassword(message)
            raise SignInRequired(message or code, revoked=code == "revoked")
        if status == 426:
            raise UpgradeRequired(message, hub_outdated=_hub_outdated(answer, sent))
        if status == 409 and code:
            raise ProtocolSignal(code, answer)
        if status == 413:
            raise PayloadTooLarge(message)
        if status == 429 and login:
            raise TooManySignInAttempts(message, retry_after=_retry_after(response, answer))
        what = f"HTTP {status} {code}".strip()
        raise HubFailed(f"{message} ({what})" if message else what)


def _hub_outdated(answer: dict[str, Any], sent: dict[str, Any]) -> bool:
    """Whether a 426 says the hub is older than this app (its protocol or database range)."""
    protocol = answer.get("protocol")
    if isinstance(protocol, int) and protocol < PROTOCOL:
        return True
    served = answer.get("schema")
    mine = sent.get("schema_version")
    if isinstance(served, dict) and isinstance(served.get("max"), int) and isinstance(mine, int):
        return bool(mine > served["max"])
    return False


def _retry_after(response: httpx.Response, answer: dict[str, Any]) -> int | None:
    """The seconds a 429 asks to wait: its Retry-After header, else its body's ``retry_after``."""
    for value in (response.headers.get("Retry-After"), answer.get("retry_after")):
        if value is None:
            continue
        try:
            return max(1, int(value))
        except (TypeError, ValueError):
            continue
    return None


def _json(response: httpx.Response) -> Any:
    # orjson: a page of a first download is thousands of rows
    try:
        return orjson.loads(response.content)
    except (orjson.JSONDecodeError, ValueError):
        return None


def _transport_detail(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
