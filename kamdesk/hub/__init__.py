"""The office hub: FastAPI app, auth, hub store and the ``kamdesk-hub`` command.

See shared/research/sync-protocol.md section 7 and DESIGN.md "Sync protocol".
The hub imports no Qt and nothing of the desktop UI.
"""

from __future__ import annotations

#: The sync protocol version this hub speaks (``protocol`` in every request).
PROTOCOL_VERSION = 1
