<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CoverageEngine</name>
    <message>
        <source>%1 &quot;%2&quot; is not an ARN (it looks like a template placeholder): Rolemap keeps it as written and treats the role as set, but AWS would reject it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ARN: Rolemap keeps it as written and treats the role as set, but AWS would reject it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with the role&apos;s ARN, arn:aws:iam::ACCOUNT:role/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same role is the execution role and the task role: the application gets every permission the agent needs (registry and secret access included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use two roles: an execution role for pulls, logs and secrets, and a task role with only what the application calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not in the loaded IAM data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the account&apos;s IAM data (aws iam get-account-authorization-details) or check the ARN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) allows everything but a few actions on every resource (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) allows every action on every resource (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with the actions this task needs: rolemap policy --role %1 prints them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set as the task role but is trusted by ec2.amazonaws.com, not by ecs-tasks.amazonaws.com (an instance role?): ECS cannot assume it for the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a role that trusts ecs-tasks.amazonaws.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a task role, the containers can use %1&apos;s other permissions through instance metadata (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the task its own task role and block instance metadata for containers (ECS_AWSVPC_BLOCK_IMDS=true, or an iptables DROP of 169.254.169.254 for bridge networking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requiresCompatibilities lists &quot;%1&quot;, which is not a launch type: it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the task on a launch type that supports it, or remove the field that needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 AWS does this; no role of yours is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does this; it is not part of the task definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is set; no IAM data for it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is set, so on %2 the %3 is used to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either works; to give this task its own permissions, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it must also allow %1, which its usual managed policy does not grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 to %3. Without it: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fact is not verified: AWS does not document it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loaded IAM data has no role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role %1 does not trust %2 (denied by %3), so it cannot be used to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role %1 does not trust %2, so it cannot be used to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a statement to its trust policy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is denied %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or narrow the Deny statement, or use another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Without it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 in a policy of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed only under conditions Rolemap cannot decide offline: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trusts %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trusts %2 and %3 allows what is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done by AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ECS agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon ECS, for the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the FireLens log router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application&apos;s containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will fail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a %2, and this task definition has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 AWS does this; no role of yours is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by the %1%2 as a &lt;b&gt;fallback&lt;/b&gt;: no %3 is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by the %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must trust %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task definition does not need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a %1, %2 falls back to the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the IAM data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions Rolemap cannot decide offline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated by the sources below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS does not document this directly; Rolemap follows the best reading of the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) will fail.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every operation has a role to cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an operation in the graph or a table to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step fails. AWS reports:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Graph</name>
    <message>
        <source>Fargate agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECS agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS-operated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the container instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service, for the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FireLens router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the task fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationDetector</name>
    <message>
        <source>networkMode is awsvpc: ECS attaches an ENI to the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fargate tasks always use awsvpc networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxyConfiguration is set: the Envoy proxy streams its configuration from App Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECS Exec is enabled on the run (--enable-execute-command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image of container &quot;%1&quot; is a placeholder (&quot;%2&quot;): Rolemap cannot tell whether it is in a private ECR repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the template first; an image in a private ECR repository needs the ecr-pull permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository is in account %1, another account: its repository policy must allow the pulling role too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository prefix &quot;%1&quot; is a usual pull-through cache prefix, so this may be a cached upstream image; on its first pull into a new cache repository the role also needs ecr:CreateRepository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awslogs-create-group is %1: the role also needs logs:CreateLogGroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs go to %1, another Region than the task&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container &quot;%1&quot; logs through FireLens without a Name option: Rolemap cannot tell whether the destination is an AWS service that the task role must allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the output plugin (options.Name), or check the router&apos;s own configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the FireLens router sends the logs of &quot;%1&quot; to the %2 output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a JSON key or version of the secret %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valueFrom &quot;%1&quot; is a placeholder: Rolemap reads it as an SSM parameter name, as ECS does with anything that is not an ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with the parameter&apos;s name or ARN; if it stands for a Secrets Manager secret, use the secret&apos;s ARN so that the execution role is checked for secretsmanager:GetSecretValue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume &quot;%1&quot; enables EFS IAM authorization without transit encryption: ECS rejects this task definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set efsVolumeConfiguration.transitEncryption to ENABLED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume &quot;%1&quot; is configured at launch: the infrastructure role is given in volumeConfigurations[].managedEBSVolume.roleArn of RunTask or CreateService</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>T</name>
    <message>
        <source> (container %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (containers %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AWS actions the application calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 with a role that trusts %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 with a role that trusts %2 and allows %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing role: will fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done by AWS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::CompareView</name>
    <message>
        <source>The launch type of this side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Launch Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) change from %1 to %2; breaking: %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolemap::ComparisonModel</name>
    <message>
        <source>not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: AWS does not document this directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::CoverageModel</name>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::Document</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable ECS Exec for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable ECS Exec for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it on a task definition or a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance role belongs to a cluster: drop it on one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fargate clusters have no container instances, so no instance role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set instance role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECS Exec is already enabled for this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a container on a task definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That container is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container is already in this task definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container is already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a task definition on a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already in this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolemap cannot use what is being dragged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::ExportDialog</name>
    <message>
        <source>SVG image (text stays text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid flowchart (GitHub, GitLab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw.io / diagrams.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact account ids and names (for sharing outside the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: the launch-type comparison instead of the coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG: transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: print today&apos;s date (the file then changes every day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::FindingsModel</name>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::GraphView</name>
    <message>
        <source>Role graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open task definitions or a Rolemap workspace (several at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Task Definition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diagram or the tables on screen: SVG, PNG, PDF, DOT, Mermaid, draw.io, Markdown, CSV, HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Task Definition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected task definition as register-task-definition input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected task definition, container or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every view for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every task definition of the cluster and the roles they share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the start of the task on the launch type shown (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lay / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Launch Types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two launch types side by side, with the operations whose role changes (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which role does this, on this launch type? (Ctrl+Shift+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph full screen with large text (Ctrl+Shift+P, Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rolemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least-privilege policy for the selected role, and what the loaded IAM data grants of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch types compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a finding to go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a block onto a task definition or a container, in the tree or the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task definition(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 task definitions · on %2: %3 errors, %4 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task definition in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolemap workspaces (*.rolemap.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export task definition (register-task-definition input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task definition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted on its own; edit it in Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolemap did not end cleanly last time. Open the work it saved automatically?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open task definitions or a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task definitions and workspaces (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rolemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rolemap %1&lt;/h3&gt;&lt;p&gt;Which IAM role of Amazon ECS covers each operation a task needs, per launch type, and what will fail.&lt;/p&gt;&lt;p&gt;The rules follow the AWS documentation and the ECS agent&apos;s source; every fact links to its source.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::PaletteModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop on a task definition to use %1 as its %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::PolicyDialog</name>
    <message>
        <source>Suggested policy for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the task definitions that use this role as their %1 need of it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed versus granted by the loaded IAM data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::PropertyEditor</name>
    <message>
        <source>Expected a role ARN (arn:aws:iam::123456789012:role/NAME) or a role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a role ARN: arn:aws:iam::123456789012:role/NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container needs an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an image reference (registry/repository:tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task definition needs a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task definition&apos;s family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executionRoleArn: the role the ECS or Fargate agent uses for pulls, logs and secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taskRoleArn: the role the application&apos;s own AWS calls use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected awsvpc, bridge, host or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>networkMode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown launch type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requiresCompatibilities, separated by commas: EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container image; a private ECR image needs ECR pull permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task definition or a container to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::QuizDialog</name>
    <message>
        <source>Quiz: which role does this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role can: it fails or is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS itself: no role of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2 · score %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, which role does this: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task definition %1 on %2: which role does this: %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task definition sets no role of the usual kind, so this one covers as a fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::RolesModel</name>
    <message>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interface and of the rules&apos; explanations; it changes at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::WalkthroughPanel</name>
    <message>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous step (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through on its own at the chosen speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow (8 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal (5 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast (2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a task definition to step through its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rolemap::WorkspaceModel</name>
    <message>
        <source>FireLens log router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private Amazon ECR image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public or non-ECR image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FireLens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (config: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFS, IAM authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured at launch (EBS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSx for Windows File Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it on a cluster, a task definition or a container</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
