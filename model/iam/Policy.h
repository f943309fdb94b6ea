// SPDX-License-Identifier: Apache-2.0
#pragma once
// IAM policies and their evaluation as AWS documents it for identity policies: an explicit Deny
// wins, then an Allow, else the implicit deny; Action/NotAction, Resource/NotResource, * and ?
// wildcards (actions case-insensitive); permission boundaries intersect; conditions are never
// guessed: a statement with a Condition makes the answer "conditional" and lists its keys.

#include "core/JsonText.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rolemap {

struct Statement
{
    std::string policy; // the policy's name, for explanations
    std::string sid;    // or "#N" when the statement has none
    bool allow = true;
    std::vector<std::string> actions;
    bool notAction = false;
    std::vector<std::string> resources;
    bool notResource = false;
    std::vector<std::string> conditionKeys; // "StringEquals aws:SourceAccount", …
    // Trust policies: the principals.
    std::vector<std::string> services;
    std::vector<std::string> otherPrincipals; // AWS / Federated principals
    bool anyPrincipal = false;
    bool notPrincipal = false;

    std::string name() const { return policy + (sid.empty() ? std::string() : " / " + sid); }
};

struct PolicyDocument
{
    std::string name;
    std::vector<Statement> statements;
};

// Reads a policy document given as an object or as a URL-encoded JSON string (as IAM returns it).
// Throws ShapeError (pointer relative to `pointer`).
PolicyDocument readPolicyDocument(const Json &document, const std::string &name, const std::string &pointer);

enum class Decision { Allowed, ImplicitDeny, ExplicitDeny, Conditional };

struct Evaluation
{
    Decision decision = Decision::ImplicitDeny;
    const Statement *statement = nullptr; // the statement that decided (none for an implicit deny)
    std::vector<std::string> conditionKeys;
};

// What the request's own context decides for policy variables in resources ("${aws:PrincipalAccount}").
// Empty fields are unknown; a statement whose match depends on an unknown variable is conditional.
struct PolicyContext
{
    std::string account; // aws:PrincipalAccount: the role's account
    std::string region;  // aws:RequestedRegion: the task's Region
};

// IAM wildcard match: * any run, ? one character.
bool wildcardMatch(std::string_view pattern, std::string_view text, bool caseInsensitive);

// Evaluates identity policies (and an optional boundary) for one action on one resource.
Evaluation evaluate(const std::vector<const PolicyDocument *> &policies, const PolicyDocument *boundary, const std::string &action,
                    const std::string &resource, const PolicyContext &context = {});

// What a resource ARN leaves unknown: a "*" as its Region or account, or as the name of an ECS
// cluster or container instance ("arn:aws:ssm:*:*:parameter/x" when the task does not tell its Region).
enum class UnknownPart { Region, Account, EcsName };

// Like evaluate(), for a resource with unknown parts: evaluated for a value no policy names and for
// every value the policies name there. When those answers differ, the answer depends on the unknown
// value: Conditional, with `dependsOn` saying which part (never a guess either way).
Evaluation evaluateWithUnknowns(const std::vector<const PolicyDocument *> &policies, const PolicyDocument *boundary, const std::string &action,
                                const std::string &resource, std::vector<UnknownPart> *dependsOn = nullptr, const PolicyContext &context = {});

// Whether a trust policy lets `service` (e.g. ecs-tasks.amazonaws.com) call sts:AssumeRole.
Evaluation evaluateTrust(const PolicyDocument &trust, const std::string &service);

// URL-decoding of IAM's policy strings ("%7B%22Version…").
std::string urlDecode(const std::string &text);

} // namespace rolemap
