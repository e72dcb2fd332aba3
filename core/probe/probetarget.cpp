// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probetarget.h"

using namespace Qt::StringLiterals;

namespace bw {

QString ProbeTarget::endpointText() const
{
    if (transport == Transport::Unix)
        return u"unix:"_s + unixPath;
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return h + u':' + QString::number(port);
}

QString ProbeTarget::backendText() const
{
    return backend.namespace_.isEmpty() ? backend.name : backend.namespace_ + u'/' + backend.name;
}

} // namespace bw
