"""Wire protocol between stations, staff clients and the server, one module per audience.

Both ends import it, so the paths, the message shapes, the limits and the error codes cannot
drift apart. Import what you use from its module (``from kiosk.protocol.station import
Grant``): this file imports nothing, so a station loads only the modules it uses.

==============  ========================================================================  =======
module          what it holds                                                             station
==============  ========================================================================  =======
``limits``      every bound: lengths, counts, durations, field patterns                   yes
``text``        which characters identifiers, names and free texts may hold               yes
``paths``       every URL path of the API (``Paths``)                                     yes
``errors``      ``ErrorCode``, the error body, ``TicketRefusal``                          yes
``http``        the clients' exceptions and their one HTTP request (not wire data)        yes
``tls``         how clients trust the server: CA file, pinned SHA-256 fingerprint         yes
``station``     station/me, sign-in and ``Grant``, events, enrolment                      yes
``commands``    staff commands, from request to the station and back                      yes
``staff``       staff logins (console, the kiosk's staff panel), passwords, PINs          yes
``room``        stations and sessions as staff see them, station administration           no
``people``      visitors, guest tickets, a visitor's usage                                no
``sites``       opening hours, lock-screen texts and charter, the site list               no
``hours_text``  the opening hours' text (``09:00-12:30``): read, checked, written         no
``catalogue``   apps, profiles, station restrictions, app usage                           no
``rules``       allowances per category, categories, session rules                        no
``reports``     audit log, sign-in limits in force, statistics                            no
``csv_format``  the CSV files: visitors' file, statistics' file, the spreadsheet rule     no
``version``     the package version, the oldest station version supported                 yes
``health``      the server's health answer, for monitoring                                no
==============  ========================================================================  =======

Everything but ``http`` (and ``version``, which reads the installed package's metadata) is
plain data (pydantic models, enums, constants) or pure functions of
the formats people type and exchange (``hours_text``, ``csv_format``), no I/O; the server never
imports ``http``.
"""
