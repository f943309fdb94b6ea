// SPDX-License-Identifier: Apache-2.0
#pragma once
// ARNs, image references and the placeholders real task definitions carry instead of them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rolemap {

struct Arn
{
    std::string partition;
    std::string service;
    std::string region;
    std::string account;
    std::string resource;

    std::string toString() const;
};

// "arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE" (the resource may contain ':' and '/').
std::optional<Arn> parseArn(std::string_view text);

// True for template placeholders: {{x}}, ${x}, <x>, $$$X$$$, [account id], CHANGEME_…
bool looksLikePlaceholder(std::string_view text);

// A twelve-digit AWS account id.
bool isAccountId(std::string_view text);

// An IAM role ARN with a real account id and a role name.
bool isRoleArn(std::string_view text);

// The role's name: the part after the last '/' of a role ARN, or the text itself.
std::string roleNameOf(std::string_view roleValue);

// A private Amazon ECR image: ACCOUNT.dkr.ecr[-fips].REGION.amazonaws.com[.cn]/REPO[:tag|@digest]
// (and the dual-stack ACCOUNT.dkr-ecr.REGION.on.aws form).
struct EcrImage
{
    std::string account;
    std::string region;
    std::string partition;
    std::string repository;

    std::string repositoryArn() const;
};
std::optional<EcrImage> parseEcrImage(std::string_view image);

// The resources an action applies to among `resources`: those of its own service (logs:… on log
// groups, sts:AssumeRole on roles, …), since one operation may name several kinds of resource.
std::vector<std::string> resourcesFor(const std::string &action, const std::vector<std::string> &resources);

// The partition of a region name: aws-cn for cn-*, aws-us-gov for us-gov-*, else aws.
std::string partitionOfRegion(std::string_view region);

// A Secrets Manager ARN reduced to the secret itself: "…:secret:NAME-AbCdEf:json-key:stage:id" → "…:secret:NAME-AbCdEf".
std::string secretArnWithoutSuffix(const Arn &arn);

} // namespace rolemap
