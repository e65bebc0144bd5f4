"""The hub's HTTP API (FastAPI). ``create_app(settings)`` builds it; ``kamdesk-hub serve`` runs it.

Every error is JSON ``{"error": code, "message": text}`` (some codes add a field,
such as ``hub_id`` or ``retry_after``), and the OpenAPI schema says, route by
route, which statuses it answers and with what body:

* 401 ``unauthorized`` / ``revoked``: no valid device token; sign in again;
* 403 ``forbidden``, 404 ``not_found``: not the rep's to do, or no such thing;
* 409 ``reset_required`` / ``gap`` / ``device_fork``: protocol signals the client acts on;
* 413 ``too_large`` / ``too_many_mutations``: send less at once;
* 422 ``invalid_request``: the body is not JSON, or a field is missing or wrong; the
  message names each field (``mutations[3].op: must be one of upsert, …``);
* 426 ``upgrade_required``: the app speaks another protocol or database version;
  the message says whether kamdesk or the hub must be updated;
* 429 ``rate_limited``: too many failed sign-ins, with ``Retry-After``.

Bodies larger than ``settings.max_body_bytes`` are refused with 413 before they
are read whole. Nothing here logs a request body, a password or a token.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, StrictInt, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kamdesk import __version__
from kamdesk.hub import PROTOCOL_VERSION
from kamdesk.hub.db import create_hub_engine, upgrade
from kamdesk.hub.service import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    Device,
    Hub,
    HubError,
    HubSettings,
)

#: the largest integer the hub stores (PostgreSQL BIGINT)
MAX_INT = 2**63 - 1
#: at most this many problems are spelled out in a 422 message (all are in ``details``)
MAX_PROBLEMS_IN_MESSAGE = 10

FieldPath = tuple[str | int, ...]


def field_path(loc: Iterable[str | int]) -> str:
    """A field's place as a reader writes it: ``("mutations", 3, "op")`` is ``mutations[3].op``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "body"


class Unstorable(ValueError):
    """A value no database column or JSON document can hold, at ``path`` of the body."""

    def __init__(self, path: FieldPath, problem: str) -> None:
        super().__init__(f"{field_path(path)}: {problem}")
        self.path = path
        self.problem = problem


def storable(value: Any, path: FieldPath = ()) -> None:
    """Refuses what no database column or JSON document can hold: NUL characters,
    unpaired surrogates, NaN and infinities.

    Raises:
        Unstorable: naming the place of the value.
    """
    if isinstance(value, str):
        if "\x00" in value:
            raise Unstorable(path, "text may not contain NUL characters")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise Unstorable(path, "text is not valid Unicode") from None
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise Unstorable(path, "numbers must be finite (no NaN or Infinity)")
    elif isinstance(value, dict):
        for key, item in value.items():
            storable(key, path)
            storable(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            storable(item, (*path, index))


# --- request bodies -------------------------------------------------------------------

#: the sync protocol the app speaks; a request without it is 422, another number 426
Protocol = Annotated[StrictInt, Field(description=f"the sync protocol: {PROTOCOL_VERSION}")]


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore")

    @model_validator(mode="before")
    @classmethod
    def _storable(cls, data: Any) -> Any:
        storable(data)
        return data


class LoginBody(_Body):
    protocol: Protocol
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)
    device_label: str = Field(default="", max_length=200)
    app_version: str = Field(default="", max_length=64)
    #: the first mutation id the new device will push (its outbox may hold older ones)
    next_mid: int = Field(default=1, ge=1, le=MAX_INT)


class _Versioned(_Body):
    protocol: Protocol
    #: the app's database version (its newest migration); checked when given
    schema_version: StrictInt | None = Field(default=None, ge=0, le=MAX_INT)


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
    #: not checked here: an entity the hub does not sync is rejected on its own, not the push
    entity: str = Field(min_length=1, max_length=24)
    id: str = Field(min_length=1, max_length=64)
    op: Literal["upsert", "delete", "restore", "resolve"]
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
    resolution: Literal["keep", "use_other", "restore"]


class ContentBody(_Body):
    protocol: Protocol
    document: dict[str, Any]


# --- answers (documentation: the OpenAPI schema, checked by tests/hub/test_fuzz.py) ---


class _Answer(BaseModel):
    #: fields a later hub adds reach the app (and are documented when they matter)
    model_config = ConfigDict(extra="allow")


class HealthAnswer(_Answer):
    status: Literal["ok"]
    protocol: int
    version: str


class UserAnswer(_Answer):
    name: str
    role: str = Field(description="rep or manager")


class SignedIn(_Answer):
    device_id: str
    token: str = Field(description="the device token: keep it in the OS keyring only")
    hub_id: str
    user: UserAnswer


class SchemaRange(_Answer):
    min: int
    max: int


class HelloAnswer(_Answer):
    hub_id: str
    server_now: str
    head_seq: int
    user: UserAnswer
    device_id: str
    open_conflicts: int
    schema_range: SchemaRange = Field(
        alias="schema", description="the app database versions this hub serves"
    )
    protocol: int
    clock_offset_ms: int | None = Field(description="hub clock minus app clock, when known")


class RowAnswer(_Answer):
    entity: str
    id: str
    row_seq: int
    seq: int
    deleted: bool
    data: dict[str, Any]
    field_seq: dict[str, Any]


class ConflictAnswer(_Answer):
    conflict_id: str
    entity: str
    id: str
    account_id: str
    field: str
    kind: str = Field(description="overwrite, text_fork or edit_on_deleted")
    winner_value: Any = None
    loser_value: Any = None
    winner_user: str | None = None
    winner_device: str | None = None
    loser_user: str | None = None
    loser_device: str | None = None
    base_seq: int | None = None
    winner_seq: int | None = None
    seq: int
    created_at: str | None = None
    resolved: bool
    resolved_at: str | None = None
    resolved_by: str | None = None
    resolution: str | None = None


class MutationResult(_Answer):
    mid: int
    status: str = Field(
        description="applied, applied_with_conflict, rejected or duplicate (a replay)"
    )
    reason: str | None = Field(default=None, description="why it was rejected")
    message: str | None = None
    seq: int | None = None
    conflicts: list[ConflictAnswer] = Field(default_factory=list)
    row: RowAnswer | None = Field(description="the row as it now is; null where not visible")


class PushAnswer(_Answer):
    last_mutation_id: int
    head_seq: int
    results: list[MutationResult]


class ExitAnswer(_Answer):
    entity: str
    id: str
    seq: int


class PullPage(_Answer):
    rows: list[RowAnswer]
    exits: list[ExitAnswer]
    conflicts: list[ConflictAnswer]
    next_cursor: int
    has_more: bool
    head_seq: int
    hub_id: str


class ConflictList(_Answer):
    conflicts: list[ConflictAnswer]


class Resolved(_Answer):
    conflict: ConflictAnswer
    row: RowAnswer | None


class Published(_Answer):
    kind: str
    version: int
    published_by: str
    published_at: str


class ContentItem(_Answer):
    kind: str
    version: int
    document: dict[str, Any]
    published_by: str
    published_at: str | None


class ContentList(_Answer):
    items: list[ContentItem]


# --- errors ---------------------------------------------------------------------------


class ApiError(_Answer):
    """Every error answer: a code for the app, a sentence for people (in English)."""

    error: str = Field(description="a stable code the app acts on")
    message: str = Field(description="what happened and what to do")


class Unauthorized(ApiError):
    error: Literal["unauthorized", "revoked"]


class Forbidden(ApiError):
    error: str = Field(description="forbidden, or why this rep may not do it (not_visible, …)")


class NotFound(ApiError):
    error: Literal["not_found", "unknown_kind"]


class ResetRequired(ApiError):
    error: Literal["reset_required"]
    hub_id: str = Field(description="the hub's identity now: download everything again")


class Gap(ApiError):
    error: Literal["gap"]
    expected: int = Field(description="the mutation id the hub expects next")


class DeviceFork(ApiError):
    error: Literal["device_fork"]
    mid: int = Field(description="the mutation id already applied with other content")


class TooLarge(ApiError):
    error: Literal["too_large", "too_many_mutations"]


class Problem(BaseModel):
    field: str = Field(description="where, e.g. mutations[3].op; body for the whole body")
    problem: str = Field(description="what is wrong, in plain words")
    type: str = Field(description="the kind of problem (pydantic's error type)")


class InvalidRequest(ApiError):
    error: Literal["invalid_request"]
    details: list[Problem] | None = Field(
        default=None, description="each problem (when the body did not fit its schema)"
    )


class UpgradeRequired(ApiError):
    error: Literal["upgrade_required"]
    protocol: int | None = Field(default=None, description="the protocol this hub speaks")
    schema_range: SchemaRange | None = Field(
        default=None, alias="schema", description="the app database versions this hub serves"
    )


class RateLimited(ApiError):
    error: Literal["rate_limited"]
    retry_after: int = Field(description="seconds to wait (also the Retry-After header)")


def _error(model: Any, description: str, **extra: Any) -> dict[str, Any]:
    return {"model": model, "description": description, **extra}


_UNAUTHORIZED = _error(
    Unauthorized, "No valid device token, or the device or user was revoked: sign in again."
)
_TOO_LARGE = _error(TooLarge, "The body is over the hub's size limit: send less at once.")
_INVALID = _error(
    InvalidRequest, "The body is not JSON, or a field is missing or wrong (named in the message)."
)
_UPGRADE = _error(
    UpgradeRequired,
    "The app speaks another sync protocol or database version; the message says whether "
    "kamdesk or the hub must be updated.",
)


def _answers(ok: Any, *, conflict: Any = None, **errors: Any) -> dict[int | str, Any]:
    """The documented answers of a route taking a versioned body: 200 ``ok``, 401, 413,
    422 and 426, a 409 of ``conflict`` when given, and ``errors`` (``e403=…``)."""
    answers: dict[int | str, Any] = {
        200: {"model": ok, "description": "Done."},
        401: _UNAUTHORIZED,
        413: _TOO_LARGE,
        422: _INVALID,
        426: _UPGRADE,
    }
    if conflict is not None:
        answers[409] = _error(
            conflict, "A protocol signal the app acts on: reset_required, gap or device_fork."
        )
    for key, value in errors.items():
        answers[int(key[1:])] = value
    return dict(sorted(answers.items(), key=lambda item: str(item[0])))


# --- what a 422 says --------------------------------------------------------------------

#: pydantic's error types in plain words; ``{name}`` takes the error's context
_PLAIN_WORDS = {
    "missing": "required but missing",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "int_parsing_size": "is too large a number",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "finite_number": "must be a finite number",
    "string_type": "must be text",
    "string_unicode": "must be valid Unicode text",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "dict_type": "must be a JSON object",
    "model_type": "must be a JSON object",
    "model_attributes_type": "must be a JSON object",
    "list_type": "must be a list",
    "none_required": "must be null",
    "string_too_long": "must be at most {max_length} characters long",
    "too_long": "must have at most {max_length} items",
    "too_short": "must have at least {min_length} items",
    "greater_than_equal": "must be at least {ge}",
    "greater_than": "must be more than {gt}",
    "less_than_equal": "must be at most {le}",
    "less_than": "must be less than {lt}",
    "string_pattern_mismatch": "must match {pattern}",
}


def _in_plain_words(item: Mapping[str, Any]) -> tuple[FieldPath, str]:
    """Where the problem of one pydantic error is, and what it is in plain words."""
    kind = str(item.get("type", ""))
    loc = tuple(item.get("loc", ()))
    if loc[:1] == ("body",):
        loc = loc[1:]
    ctx = item.get("ctx") or {}
    cause = ctx.get("error")
    if isinstance(cause, Unstorable):
        return (*loc, *cause.path), cause.problem
    if kind == "string_too_short":
        if ctx.get("min_length") == 1:
            return loc, "must not be empty"
        return loc, f"must be at least {ctx.get('min_length')} characters long"
    if kind in ("literal_error", "enum"):
        # ctx["expected"] reads "'keep', 'use_other' or 'restore'"
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return loc, f"must be one of {expected}"
    if kind == "value_error" and cause is not None:
        return loc, str(cause)
    if kind in _PLAIN_WORDS:
        try:
            return loc, _PLAIN_WORDS[kind].format(**ctx)
        except (KeyError, IndexError):
            pass
    return loc, str(item.get("msg", "invalid")).lower()


def _json_position(document: Any, position: int) -> str:
    """``line L, column C`` of ``position`` in a JSON text."""
    text = document.decode("utf-8", "replace") if isinstance(document, bytes) else str(document)
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return f"line {line}, column {column}"


def invalid_request(error: RequestValidationError) -> dict[str, Any]:
    """The 422 answer of a body that did not fit: every problem named by its field."""
    details: list[dict[str, str]] = []
    for item in error.errors():
        if item.get("type") == "json_invalid":
            loc = tuple(item.get("loc", ()))
            position = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else 0
            reason = str((item.get("ctx") or {}).get("error", "")).lower()
            problem = f"the request body is not valid JSON ({_json_position(error.body, position)}"
            problem += f": {reason})" if reason else ")"
            details.append({"field": "body", "problem": problem, "type": "json_invalid"})
            continue
        loc, problem = _in_plain_words(item)
        if not loc and item.get("type") == "missing":
            problem = "the request body is missing: send a JSON object"
        elif not loc and isinstance(error.body, bytes | str):
            # FastAPI hands over the raw bytes of a body not sent as application/json
            problem = "the request body must be JSON, sent as Content-Type: application/json"
        elif not loc:
            problem = f"the request body {problem}"
        details.append({"field": field_path(loc), "problem": problem, "type": str(item["type"])})
    said = [
        d["problem"] if d["field"] == "body" else f"{d['field']}: {d['problem']}"
        for d in details[:MAX_PROBLEMS_IN_MESSAGE]
    ]
    if len(details) > MAX_PROBLEMS_IN_MESSAGE:
        said.append(f"and {len(details) - MAX_PROBLEMS_IN_MESSAGE} more problems")
    return {
        "error": "invalid_request",
        "message": "; ".join(said) or "the request is not valid",
        "details": details,
    }


def unreadable_body(cause: BaseException | None) -> str:
    """Why a body that FastAPI could not even parse is unreadable, in plain words."""
    if isinstance(cause, UnicodeDecodeError):
        return f"the request body is not UTF-8 text (byte {cause.start})"
    if isinstance(cause, RecursionError):
        return "the request body is not valid JSON (nested too deeply)"
    if isinstance(cause, ValueError) and str(cause):
        return f"the request body is not valid JSON ({str(cause)[:120].lower()})"
    return "the request body is not valid JSON"


# --- versions ---------------------------------------------------------------------------


def protocol_error(protocol: Any) -> HubError | None:
    """The 426 for an app of another sync protocol, saying which side must be updated."""
    if not isinstance(protocol, int) or isinstance(protocol, bool) or protocol == PROTOCOL_VERSION:
        return None
    sent = protocol if abs(protocol) < 10**6 else "(a number too large to show)"
    if protocol < PROTOCOL_VERSION:
        message = (
            f"This kamdesk speaks sync protocol {sent}, the hub {PROTOCOL_VERSION}: update "
            "kamdesk on this laptop. Work continues offline meanwhile."
        )
    else:
        message = (
            f"This kamdesk speaks sync protocol {sent}, newer than the hub's {PROTOCOL_VERSION}: "
            "the hub must be updated. Work continues offline meanwhile."
        )
    return HubError(426, "upgrade_required", message, protocol=PROTOCOL_VERSION)


def check_versions(hub: Hub, protocol: int, schema_version: int | None = None) -> None:
    """426 unless the app speaks this hub's protocol and (when given) a database version it serves.

    Raises:
        HubError: 426 ``upgrade_required``.
    """
    refused = protocol_error(protocol)
    if refused is not None:
        raise refused
    hub.check_versions(protocol, schema_version)


# --- HTTP -------------------------------------------------------------------------------


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


def exact_integers(node: Any) -> None:
    """Makes the integral bounds of an OpenAPI schema integers again, in place.

    FastAPI's OpenAPI model keeps ``maximum`` and ``minimum`` as floats, which
    turns ``MAX_INT`` into 2**63 (one more than the hub takes) and 10000 into 10000.0.
    """
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _BOUNDS and isinstance(value, float) and value.is_integer():
                node[key] = MAX_INT if value == float(MAX_INT) else int(value)
            else:
                exact_integers(value)
    elif isinstance(node, list):
        for item in node:
            exact_integers(item)


_BOUNDS = ("maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum")


class _HubApp(FastAPI):
    def openapi(self) -> dict[str, Any]:
        schema = super().openapi()
        exact_integers(schema)
        return schema


def create_app(settings: HubSettings, *, migrate: bool = True) -> FastAPI:
    """The hub's ASGI app over ``settings.database_url`` (migrated to the newest schema)."""
    engine = create_hub_engine(settings.database_url)
    if migrate:
        upgrade(engine)
    hub = Hub(engine, settings)
    app = _HubApp(title="kamdesk hub", version=__version__, docs_url=None, redoc_url=None)
    app.state.hub = hub
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)

    @app.exception_handler(HubError)
    async def _hub_error(request: Request, error: HubError) -> JSONResponse:
        return JSONResponse(error.body(), status_code=error.status, headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        # An app of another protocol may send bodies this hub cannot read: what it
        # needs to hear is that one side must be updated, not which field is odd.
        body = error.body
        refused = protocol_error(body.get("protocol")) if isinstance(body, dict) else None
        if refused is not None:
            return JSONResponse(refused.body(), status_code=refused.status)
        return JSONResponse(invalid_request(error), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        if error.status_code == 400:
            # FastAPI's "There was an error parsing the body" (not UTF-8, nested too deeply)
            problem = unreadable_body(error.__cause__)
            answer = {
                "error": "invalid_request",
                "message": problem,
                "details": [{"field": "body", "problem": problem, "type": "json_invalid"}],
            }
            return JSONResponse(answer, status_code=422)
        codes = {404: "not_found", 405: "method_not_allowed"}
        return JSONResponse(
            {"error": codes.get(error.status_code, "http_error"), "message": str(error.detail)},
            status_code=error.status_code,
            headers=getattr(error, "headers", None),
        )

    @app.exception_handler(Exception)
    async def _failed(request: Request, error: Exception) -> JSONResponse:
        # The server logs the traceback (Starlette re-raises after this answer).
        return JSONResponse(
            {
                "error": "internal_error",
                "message": "The hub failed on this request; its log says why. Try again later.",
            },
            status_code=500,
        )

    @app.get("/v1/health", response_model=HealthAnswer)
    def health() -> dict[str, Any]:
        return {"status": "ok", "protocol": PROTOCOL_VERSION, "version": __version__}

    @app.post(
        "/v1/login",
        response_model=SignedIn,
        responses=_answers(
            SignedIn,
            e429=_error(
                RateLimited,
                "Too many failed sign-ins for this user or address: wait, then try again.",
                headers={
                    "Retry-After": {
                        "description": "seconds to wait",
                        "schema": {"type": "integer"},
                    }
                },
            ),
        ),
    )
    def login(body: LoginBody, request: Request) -> dict[str, Any]:
        check_versions(hub, body.protocol)
        address = request.client.host if request.client else "unknown"
        return hub.login(
            body.username,
            body.password,
            address=address,
            label=body.device_label,
            app_version=body.app_version,
            next_mid=body.next_mid,
        )

    @app.post("/v1/devices/rotate", response_model=SignedIn, responses=_answers(SignedIn))
    def rotate(body: RotateBody, current: Authed) -> dict[str, Any]:
        check_versions(hub, body.protocol, body.schema_version)
        same_device(body.device_id, current)
        return hub.rotate_device(current, body.next_mid)

    @app.post("/v1/sync/hello", response_model=HelloAnswer, responses=_answers(HelloAnswer))
    def hello(body: HelloBody, current: Authed) -> dict[str, Any]:
        check_versions(hub, body.protocol, body.schema_version)
        same_device(body.device_id, current)
        return hub.hello(current, client_now=body.client_now, schema_version=body.schema_version)

    # Push, pull, conflicts, resolve and content answer many rows: their answers are
    # documented (``responses``) but not validated again on the way out.
    @app.post(
        "/v1/sync/push",
        response_model=None,
        responses=_answers(
            PushAnswer,
            conflict=Annotated[ResetRequired | Gap | DeviceFork, Field(discriminator="error")],
        ),
    )
    def push(body: PushBody, current: Authed) -> dict[str, Any]:
        check_versions(hub, body.protocol, body.schema_version)
        same_device(body.device_id, current)
        return hub.push(
            current,
            hub_id=body.hub_id,
            client_now=body.client_now,
            mutations=[m.model_dump(exclude_none=True) for m in body.mutations],
        )

    # The page comes as JSON text with the rows' data spliced in as stored (service.pull).
    @app.post(
        "/v1/sync/pull",
        response_class=Response,
        responses=_answers(PullPage, conflict=ResetRequired),
    )
    def pull(body: PullBody, current: Authed) -> Response:
        check_versions(hub, body.protocol, body.schema_version)
        same_device(body.device_id, current)
        page = hub.pull(current, hub_id=body.hub_id, cursor=body.cursor, limit=body.limit)
        return Response(content=page, media_type="application/json")

    @app.get(
        "/v1/sync/conflicts",
        response_model=None,
        responses={200: {"model": ConflictList, "description": "Done."}, 401: _UNAUTHORIZED},
    )
    def conflicts(current: Authed) -> dict[str, Any]:
        return {"conflicts": hub.open_conflicts(current)}

    @app.post(
        "/v1/sync/conflicts/{conflict_id}/resolve",
        response_model=None,
        responses=_answers(
            Resolved,
            conflict=ResetRequired,
            e403=_error(Forbidden, "The conflict is not this rep's to resolve."),
            e404=_error(NotFound, "No such conflict."),
        ),
    )
    def resolve(conflict_id: str, body: ResolveBody, current: Authed) -> dict[str, Any]:
        check_versions(hub, body.protocol, body.schema_version)
        if len(conflict_id) > 36 or "\x00" in conflict_id:
            raise HubError(404, "not_found", f"conflict {conflict_id[:40]!r}: no such conflict")
        return hub.resolve(
            current, hub_id=body.hub_id, conflict_id=conflict_id, resolution=body.resolution
        )

    @app.post(
        "/v1/content/{kind}",
        response_model=Published,
        responses=_answers(
            Published,
            e403=_error(Forbidden, "Only a manager may publish content to the team."),
            e404=_error(NotFound, "No such kind of content (unknown_kind)."),
        ),
    )
    def publish(kind: str, body: ContentBody, current: Authed) -> dict[str, Any]:
        check_versions(hub, body.protocol)
        return hub.publish_content(current, kind, body.document)

    @app.get(
        "/v1/content",
        response_model=None,
        responses={200: {"model": ContentList, "description": "Done."}, 401: _UNAUTHORIZED},
    )
    def content(current: Authed) -> dict[str, Any]:
        return {"items": hub.list_content()}

    return app
