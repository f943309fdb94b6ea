// SPDX-License-Identifier: Apache-2.0
#include "io/TaskDefinitionWriter.h"

namespace rolemap {

std::string writeTaskDefinition(const TaskDefinition &td)
{
    switch (td.shape) {
    case TaskDefinitionShape::DescribeOutput: {
        Json out = Json::object();
        out["taskDefinition"] = td.document;
        if (!td.describeTags.is_null())
            out["tags"] = td.describeTags;
        return out.dump(2) + '\n';
    }
    case TaskDefinitionShape::ContainersOnly: return td.document.at("containerDefinitions").dump(2) + '\n';
    case TaskDefinitionShape::RegisterInput: break;
    }
    return td.document.dump(2) + '\n';
}

} // namespace rolemap
