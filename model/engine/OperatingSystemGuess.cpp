// SPDX-License-Identifier: Apache-2.0
#include "engine/OperatingSystemGuess.h"

#include <algorithm>
#include <cctype>

#include "core/Ascii.h"

namespace rolemap {

bool isWindowsImage(const std::string &image)
{
    std::string lower = image;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) { return asciiLower(c); });
    for (const char *sign : {"mcr.microsoft.com/windows", "mcr.microsoft.com/dotnet/framework", "windowsservercore", "servercore", "nanoserver"})
        if (lower.find(sign) != std::string::npos)
            return true;
    return false;
}

OperatingSystemGuess guessOperatingSystem(const TaskDefinition &td)
{
    if (const auto os = operatingSystemFromId(td.operatingSystemFamily))
        return {*os, OperatingSystemEvidence::Platform, td.operatingSystemFamily};
    for (const Volume &v : td.volumes)
        if (v.fsx)
            return {OperatingSystem::Windows, OperatingSystemEvidence::FsxVolume, v.name};
    for (const ContainerDefinition &c : td.containers)
        if (isWindowsImage(c.image))
            return {OperatingSystem::Windows, OperatingSystemEvidence::WindowsImage, c.image};
    // Domainless gMSA also runs on Linux; a domain-joined credential spec is the Windows way.
    for (const ContainerDefinition &c : td.containers)
        for (const std::string &spec : c.credentialSpecs)
            if (spec.rfind("credentialspecdomainless:", 0) != 0)
                return {OperatingSystem::Windows, OperatingSystemEvidence::CredentialSpec, c.name};
    return {};
}

} // namespace rolemap
