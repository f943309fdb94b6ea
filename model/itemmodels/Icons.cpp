// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/Icons.h"

#include <QHash>

namespace rolemap {

QIcon resourceIcon(QStringView name)
{
    static QHash<QString, QIcon> icons;
    const QString key = name.toString();
    auto it = icons.constFind(key);
    if (it == icons.cend())
        it = icons.insert(key, QIcon(QStringLiteral(":/icons/%1.svg").arg(key)));
    return *it;
}

} // namespace rolemap
