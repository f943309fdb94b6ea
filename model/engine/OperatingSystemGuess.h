// SPDX-License-Identifier: Apache-2.0
#pragma once
// Which operating system a task's containers run: runtimePlatform.operatingSystemFamily when the task
// definition names it, else the signs a Windows task leaves (FSx for Windows File Server volumes,
// Windows base images, domain-joined gMSA credential specs), else Linux, as ECS assumes.

#include "core/TaskDefinition.h"
#include "core/Vocabulary.h"

#include <string>

namespace rolemap {

enum class OperatingSystemEvidence { Platform, FsxVolume, WindowsImage, CredentialSpec, Default };

struct OperatingSystemGuess
{
    OperatingSystem os = OperatingSystem::Linux;
    OperatingSystemEvidence evidence = OperatingSystemEvidence::Default;
    std::string detail; // the platform family, the volume or the image that told it
    bool assumed() const { return evidence != OperatingSystemEvidence::Platform; }
};

OperatingSystemGuess guessOperatingSystem(const TaskDefinition &td);

// Microsoft's Windows base images (mcr.microsoft.com/windows/…, …servercore, …nanoserver, .NET Framework).
bool isWindowsImage(const std::string &image);

} // namespace rolemap
