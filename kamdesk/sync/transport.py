"""JSON over HTTP to the hub (httpx), errors turned into :mod:`kamdesk.sync.errors`.

The engine takes an ``httpx.Client`` (tests pass the hub's TestClient); with
none it makes its own with keep-alive and sensible timeouts. Protocol answers
that the engine handles itself (``reset_required``, ``gap``,
``device_fork``) come back as :class:`ProtocolSignal`.
"""

from __future__ import annotations

from typing import Any

import httpx

from kamdesk.sync.credentials import normalise_url
from kamdesk.sync.errors import (
    HubFailed,
    HubUnreachable,
    SignInRequired,
    UpgradeRequired,
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

        Raises:
            HubUnreachable: no connection, or it broke.
            SignInRequired: 401 (or WrongPassword for a login).
            UpgradeRequired: 426.
            ProtocolSignal: 409 with a protocol code.
            PayloadTooLarge: 413.
            HubFailed: any other error, or an answer that is not JSON.
        """
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = self.client.post(
                self.url + path, json={"protocol": PROTOCOL, **body}, headers=headers
            )
        except _TRANSPORT_ERRORS as exc:
            raise HubUnreachable(_transport_detail(exc)) from None
        answer = _json(response)
        status = response.status_code
        if status == 200 or status == 201:
            if not isinstance(answer, dict):
                raise HubFailed(f"HTTP {status}: not a JSON object")
            return answer
        code = str(answer.get("error", "")) if isinstance(answer, dict) else ""
        message = str(answer.get("message", "")) if isinstance(answer, dict) else ""
        if status == 401:
            if login:
                raise WrongPassword(message)
            raise SignInRequired(message or code, revoked=code == "revoked")
        if status == 426:
            raise UpgradeRequired(message)
        if status == 409 and code and isinstance(answer, dict):
            raise ProtocolSignal(code, answer)
        if status == 413:
            raise PayloadTooLarge(message)
        if status == 429:
            wait = response.headers.get("Retry-After", "?")
            raise HubFailed(f"HTTP 429 {code or 'too many requests'} (retry after {wait} s)")
        raise HubFailed(f"HTTP {status} {code} {message}".strip())


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _transport_detail(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
