"""The hub's HTTP API (FastAPI). ``create_app(settings)`` builds it; ``kamdesk-hub serve`` runs it.

Every error is JSON ``{"error": code, "message": text}``. Bodies larger than
``settings.max_body_bytes`` are refused with 413 before they are read whole.
Nothing here logs a request body, a password or a token.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kamdesk import __version__
from kamdesk.hub import PROTOCOL_VERSION
from kamdesk.hub.db import create_hub_engine, upgrade
from kamdesk.hub.service import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    RESOLUTIONS,
    Device,
    Hub,
    HubError,
    HubSettings,
)

#: the largest integer the hub stores (PostgreSQL BIGINT)
MAX_INT = 2**63 - 1


def storable(value: Any, where: str = "body") -> None:
    """Refuses what no database column or JSON document can hold: NUL characters,
    unpaired surrogates, NaN and infinities.

    Raises:
        ValueError: naming the place of the value.
    """
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError(f"{where}: text may not contain NUL characters")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"{where}: text is not valid Unicode") from None
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{where}: numbers must be finite")
    elif isinstance(value, dict):
        for key, item in value.items():
            storable(key, where)
            storable(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            storable(item, f"{where}.{index}")


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore")

    @model_validator(mode="before")
    @classmethod
    def _storable(cls, data: Any) -> Any:
        storable(data)
        return data


class LoginBody(_Body):
    protocol: Any = None
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)
    device_label: str = Field(default="", max_length=200)
    app_version: str = Field(default="", max_length=64)
    #: the first mutation id the new device will push (its outbox may hold older ones)
    next_mid: int = Field(default=1, ge=1, le=MAX_INT)


class _Versioned(_Body):
    protocol: Any = None
    schema_version: Any = None


class RotateBody(_Versioned):
    device_id: str | None = None
    next_mid: int = Field(default=1, ge=1, le=MAX_INT)


class HelloBody(_Versioned):
    hub_id: str | None = None
    device_id: str | None = None
    client_now: str | None = None


class Mutation(BaseModel):
    model_config = ConfigDict(extra="ignore")

    mid: int = Field(ge=1, le=MAX_INT)
    txn: str = Field(min_length=1, max_length=64)
    entity: str = Field(min_length=1, max_length=24)
    id: str = Field(min_length=1, max_length=64)
    op: str = Field(pattern="^(upsert|delete|restore|resolve)$")
    fields: dict[str, Any] = Field(default_factory=dict)
    base: dict[str, Any] = Field(default_factory=dict)
    client_ts: str | None = None
    #: the values the editor saw (research note 7.2; accepted, not needed)
    prev: dict[str, Any] | None = None


class PushBody(_Versioned):
    hub_id: str | None = None
    device_id: str | None = None
    client_now: str | None = None
    mutations: list[Mutation] = Field(default_factory=list)


class PullBody(_Versioned):
    hub_id: str | None = None
    device_id: str | None = None
    cursor: int = Field(default=0, ge=0, le=MAX_INT)
    limit: int = Field(default=DEFAULT_PULL_LIMIT, ge=1, le=MAX_PULL_LIMIT)


class ResolveBody(_Versioned):
    hub_id: str | None = None
    resolution: str


class ContentBody(_Body):
    protocol: Any = None
    document: dict[str, Any]


class BodyLimit:
    """ASGI middleware: 413 for a request body over ``limit`` bytes.

    A declared ``Content-Length`` over the limit is refused before anything is
    read; a body without one is read up to the limit first.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.limit:
                    await self._too_large(send)
                    return
        # No declared length (chunked): read the body up to the limit before the app
        # sees any of it, then hand it over as it came.
        messages: list[Message] = []
        received = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            received += len(message.get("body", b""))
            if received > self.limit:
                await self._too_large(send)
                return
            if not message.get("more_body", False):
                break
        replay = iter(messages)

        async def replayed_receive() -> Message:
            try:
                return next(replay)
            except StopIteration:
                return await receive()

        await self.app(scope, replayed_receive, send)

    async def _too_large(self, send: Send) -> None:
        response = JSONResponse(
            {
                "error": "too_large",
                "message": f"Request body over {self.limit} bytes: send fewer changes at once.",
            },
            status_code=413,
        )
        await response({"type": "http"}, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


def _device(request: Request) -> Device:
    """The device of the request's ``Authorization: Bearer`` token (401 otherwise)."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer":
        token = ""
    hub: Hub = request.app.state.hub
    return hub.authenticate(token.strip())


Authed = Annotated[Device, Depends(_device)]


def same_device(body_device: str | None, current: Device) -> None:
    if body_device is not None and body_device != current.device_id:
        raise HubError(401, "unauthorized", "device_id does not match the token: sign in again.")


def create_app(settings: HubSettings, *, migrate: bool = True) -> FastAPI:
    """The hub's ASGI app over ``settings.database_url`` (migrated to the newest schema)."""
    engine = create_hub_engine(settings.database_url)
    if migrate:
        upgrade(engine)
    hub = Hub(engine, settings)
    app = FastAPI(title="kamdesk hub", version=__version__, docs_url=None, redoc_url=None)
    app.state.hub = hub
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)

    @app.exception_handler(HubError)
    async def _hub_error(request: Request, error: HubError) -> JSONResponse:
        return JSONResponse(error.body(), status_code=error.status, headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        problems = []
        for item in error.errors():
            where = ".".join(str(part) for part in item.get("loc", ()) if part != "body")
            problems.append(f"{where or 'body'}: {item.get('msg', 'invalid')}")
        return JSONResponse(
            {"error": "invalid_request", "message": "; ".join(problems[:10])}, status_code=422
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed"}
        return JSONResponse(
            {"error": codes.get(error.status_code, "http_error"), "message": str(error.detail)},
            status_code=error.status_code,
            headers=getattr(error, "headers", None),
        )

    @app.get("/v1/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "protocol": PROTOCOL_VERSION, "version": __version__}

    @app.post("/v1/login")
    def login(body: LoginBody, request: Request) -> dict[str, Any]:
        hub.check_versions(body.protocol)
        address = request.client.host if request.client else "unknown"
        return hub.login(
            body.username,
            body.password,
            address=address,
            label=body.device_label,
            app_version=body.app_version,
            next_mid=body.next_mid,
        )

    @app.post("/v1/devices/rotate")
    def rotate(body: RotateBody, current: Authed) -> dict[str, Any]:
        hub.check_versions(body.protocol, body.schema_version)
        same_device(body.device_id, current)
        return hub.rotate_device(current, body.next_mid)

    @app.post("/v1/sync/hello")
    def hello(body: HelloBody, current: Authed) -> dict[str, Any]:
        hub.check_versions(body.protocol, body.schema_version)
        same_device(body.device_id, current)
        return hub.hello(current, client_now=body.client_now, schema_version=body.schema_version)

    @app.post("/v1/sync/push")
    def push(body: PushBody, current: Authed) -> dict[str, Any]:
        hub.check_versions(body.protocol, body.schema_version)
        same_device(body.device_id, current)
        return hub.push(
            current,
            hub_id=body.hub_id,
            client_now=body.client_now,
            mutations=[m.model_dump(exclude_none=True) for m in body.mutations],
        )

    @app.post("/v1/sync/pull", response_class=Response)
    def pull(body: PullBody, current: Authed) -> Response:
        hub.check_versions(body.protocol, body.schema_version)
        same_device(body.device_id, current)
        page = hub.pull(current, hub_id=body.hub_id, cursor=body.cursor, limit=body.limit)
        return Response(content=page, media_type="application/json")

    @app.get("/v1/sync/conflicts")
    def conflicts(current: Authed) -> dict[str, Any]:
        return {"conflicts": hub.open_conflicts(current)}

    @app.post("/v1/sync/conflicts/{conflict_id}/resolve")
    def resolve(conflict_id: str, body: ResolveBody, current: Authed) -> dict[str, Any]:
        hub.check_versions(body.protocol, body.schema_version)
        if len(conflict_id) > 36 or "\x00" in conflict_id:
            raise HubError(404, "not_found", f"conflict {conflict_id[:40]!r}: no such conflict")
        if body.resolution not in RESOLUTIONS:
            raise HubError(422, "invalid_request", "resolution: use keep, use_other or restore")
        return hub.resolve(
            current, hub_id=body.hub_id, conflict_id=conflict_id, resolution=body.resolution
        )

    @app.post("/v1/content/{kind}")
    def publish(kind: str, body: ContentBody, current: Authed) -> dict[str, Any]:
        hub.check_versions(body.protocol)
        return hub.publish_content(current, kind, body.document)

    @app.get("/v1/content")
    def content(current: Authed) -> dict[str, Any]:
        return {"items": hub.list_content()}

    return app
