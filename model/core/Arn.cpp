// SPDX-License-Identifier: Apache-2.0
#include "core/Arn.h"

#include <algorithm>
#include <cctype>

#include "core/Ascii.h"

namespace rolemap {

std::string Arn::toString() const
{
    return "arn:" + partition + ':' + service + ':' + region + ':' + account + ':' + resource;
}

std::optional<Arn> parseArn(std::string_view text)
{
    if (text.rfind("arn:", 0) != 0)
        return std::nullopt;
    Arn arn;
    std::string *parts[] = {&arn.partition, &arn.service, &arn.region, &arn.account};
    size_t pos = 4;
    for (std::string *part : parts) {
        const size_t colon = text.find(':', pos);
        if (colon == std::string_view::npos)
            return std::nullopt;
        *part = std::string(text.substr(pos, colon - pos));
        pos = colon + 1;
    }
    arn.resource = std::string(text.substr(pos));
    if (arn.partition.empty() || arn.service.empty() || arn.resource.empty())
        return std::nullopt;
    return arn;
}

bool looksLikePlaceholder(std::string_view t)
{
    auto has = [&](std::string_view s) { return t.find(s) != std::string_view::npos; };
    if (has("{{") || has("${") || has("$$$") || has("[account") || has("CHANGEME"))
        return true;
    const size_t lt = t.find('<');
    if (lt != std::string_view::npos && t.find('>', lt) != std::string_view::npos)
        return true;
    // Shell variables such as $AWS_ACCOUNT_ID or $SECRET_TEST_AWS.
    const size_t dollar = t.find('$');
    if (dollar != std::string_view::npos && dollar + 1 < t.size() && (isAsciiUpper(t[dollar + 1]) || t[dollar + 1] == '_'))
        return true;
    // Masked account ids: XXXXXXXXXXXX, 123456789012 is a real-looking id and is kept.
    return has("XXXX");
}

bool isAccountId(std::string_view text)
{
    return text.size() == 12 && std::all_of(text.begin(), text.end(), [](char c) { return isAsciiDigit(c); });
}

bool isRoleArn(std::string_view text)
{
    const auto arn = parseArn(text);
    return arn && arn->service == "iam" && arn->region.empty() && isAccountId(arn->account) && arn->resource.rfind("role/", 0) == 0 &&
           arn->resource.size() > 5 && !looksLikePlaceholder(text);
}

std::string roleNameOf(std::string_view roleValue)
{
    const size_t slash = roleValue.rfind('/');
    return std::string(slash == std::string_view::npos ? roleValue : roleValue.substr(slash + 1));
}

std::vector<std::string> resourcesFor(const std::string &action, const std::vector<std::string> &resources)
{
    std::string service = action.substr(0, action.find(':'));
    if (service == "sts")
        service = "iam"; // sts:AssumeRole acts on role ARNs
    std::vector<std::string> out;
    for (const std::string &r : resources) {
        const auto arn = parseArn(r);
        if (!arn || arn->service == service)
            out.push_back(r);
    }
    return out;
}

std::string partitionOfRegion(std::string_view region)
{
    if (region.rfind("cn-", 0) == 0)
        return "aws-cn";
    if (region.rfind("us-gov-", 0) == 0)
        return "aws-us-gov";
    if (region.rfind("us-isob-", 0) == 0)
        return "aws-iso-b";
    if (region.rfind("us-iso-", 0) == 0)
        return "aws-iso";
    return "aws";
}

std::string EcrImage::repositoryArn() const
{
    return "arn:" + partition + ":ecr:" + region + ':' + account + ":repository/" + repository;
}

std::optional<EcrImage> parseEcrImage(std::string_view image)
{
    const size_t slash = image.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    // Registry host names are case-insensitive, and a port may follow (":443").
    std::string host(image.substr(0, slash));
    std::transform(host.begin(), host.end(), host.begin(), [](char c) { return asciiLower(c); });
    if (const size_t colon = host.find(':'); colon != std::string::npos)
        host.erase(colon);
    std::string_view path = image.substr(slash + 1);

    // ACCOUNT.dkr.ecr[-fips].REGION.amazonaws.com[.cn] and the dual-stack ACCOUNT.dkr-ecr[-fips].REGION.on.aws
    // (China: REGION.on.amazonwebservices.com.cn).
    static const std::pair<std::string_view, std::string_view> kinds[] = {{".dkr.ecr-fips.", ".amazonaws.com"},
                                                                          {".dkr.ecr.", ".amazonaws.com"},
                                                                          {".dkr-ecr-fips.", ".on.aws"},
                                                                          {".dkr-ecr.", ".on.aws"},
                                                                          {".dkr-ecr.", ".on.amazonwebservices.com"},
                                                                          // The isolated partitions: aws-iso (C2S) and aws-iso-b (SC2S).
                                                                          {".dkr.ecr.", ".c2s.ic.gov"},
                                                                          {".dkr.ecr.", ".sc2s.sgov.gov"}};
    EcrImage out;
    bool china = false;
    std::string_view h = host;
    if (h.size() > 3 && h.substr(h.size() - 3) == ".cn") {
        china = true;
        h.remove_suffix(3);
    }
    for (const auto &[infix, suffix] : kinds) {
        const size_t at = h.find(infix);
        if (at == std::string_view::npos || h.size() <= suffix.size() || h.substr(h.size() - suffix.size()) != suffix)
            continue;
        const size_t regionStart = at + infix.size();
        if (regionStart >= h.size() - suffix.size())
            continue;
        out.account = std::string(image.substr(0, at)); // as written: placeholders keep their case
        out.region = std::string(h.substr(regionStart, h.size() - suffix.size() - regionStart));
        break;
    }
    if (out.region.empty() || out.account.empty() || path.empty())
        return std::nullopt;
    // Drop the digest, then a tag (a ':' after the last '/').
    if (const size_t at = path.find('@'); at != std::string_view::npos)
        path = path.substr(0, at);
    const size_t lastSlash = path.rfind('/');
    if (const size_t colon = path.rfind(':'); colon != std::string_view::npos && (lastSlash == std::string_view::npos || colon > lastSlash))
        path = path.substr(0, colon);
    out.repository = std::string(path);
    out.partition = china ? "aws-cn" : partitionOfRegion(out.region);
    return out;
}

std::string secretArnWithoutSuffix(const Arn &arn)
{
    // resource = "secret:NAME-AbCdEf[:json-key[:version-stage[:version-id]]]"
    Arn reduced = arn;
    if (arn.resource.rfind("secret:", 0) != 0)
        return reduced.toString();
    const size_t colon = arn.resource.find(':', 7);
    reduced.resource = arn.resource.substr(0, colon);
    // A partial ARN (without the six random characters Secrets Manager appends) matches the real
    // secret in a policy only with a wildcard for them.
    const std::string name = reduced.resource.substr(7);
    const size_t dash = name.rfind('-');
    const bool hasSuffix = dash != std::string::npos && name.size() - dash - 1 == 6 &&
                           std::all_of(name.begin() + long(dash) + 1, name.end(), [](char c) { return isAsciiAlnum(c); });
    if (!hasSuffix && !looksLikePlaceholder(name))
        reduced.resource += "-??????";
    return reduced.toString();
}

} // namespace rolemap
