<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Blocks</name>
    <message>
        <source>Container (ECR image)</source>
        <translation>コンテナ (ECR イメージ)</translation>
    </message>
    <message>
        <source>A container whose image is in a private Amazon ECR repository: the execution role (or, on EC2, the instance role) pulls it.</source>
        <translation>プライベートな Amazon ECR リポジトリにイメージがあるコンテナ。タスク実行ロール (EC2 ではインスタンスロールでも可) がプルします。</translation>
    </message>
    <message>
        <source>Container (public image)</source>
        <translation>コンテナ (パブリックイメージ)</translation>
    </message>
    <message>
        <source>A container from a public registry (public.ecr.aws): no IAM permissions needed to pull.</source>
        <translation>パブリックレジストリ (public.ecr.aws) のコンテナ。プルに IAM のアクセス許可は不要です。</translation>
    </message>
    <message>
        <source>Container (private registry)</source>
        <translation>コンテナ (プライベートレジストリ)</translation>
    </message>
    <message>
        <source>A container from a private non-ECR registry, with repositoryCredentials: the execution role reads the registry secret.</source>
        <translation>ECR 以外のプライベートレジストリのコンテナ (repositoryCredentials 付き)。タスク実行ロールがレジストリのシークレットを読み取ります。</translation>
    </message>
    <message>
        <source>awslogs logging</source>
        <translation>awslogs によるログ</translation>
    </message>
    <message>
        <source>Send the container&apos;s logs to CloudWatch Logs with the awslogs driver (execution role; on EC2 the instance role without one).</source>
        <translation>awslogs ドライバーでコンテナのログを CloudWatch Logs に送信します (タスク実行ロール。EC2 でこれがない場合はインスタンスロール)。</translation>
    </message>
    <message>
        <source>FireLens router + awsfirelens</source>
        <translation>FireLens ルーター + awsfirelens</translation>
    </message>
    <message>
        <source>Add a Fluent Bit router and route the container&apos;s logs through it to CloudWatch Logs (the router uses the task role).</source>
        <translation>Fluent Bit ルーターを追加し、コンテナのログをそれ経由で CloudWatch Logs に送ります (ルーターはタスクロールを使います)。</translation>
    </message>
    <message>
        <source>FireLens configuration from S3</source>
        <translation>S3 からの FireLens 設定</translation>
    </message>
    <message>
        <source>Have the router read its configuration file from S3 (execution role; not supported on Fargate).</source>
        <translation>ルーターの設定ファイルを S3 から読み込みます (タスク実行ロール。Fargate ではサポート対象外)。</translation>
    </message>
    <message>
        <source>Secret (Secrets Manager)</source>
        <translation>シークレット (Secrets Manager)</translation>
    </message>
    <message>
        <source>An environment variable from Secrets Manager, read by the execution role.</source>
        <translation>Secrets Manager からの環境変数。タスク実行ロールが読み取ります。</translation>
    </message>
    <message>
        <source>Parameter (SSM)</source>
        <translation>パラメータ (SSM)</translation>
    </message>
    <message>
        <source>An environment variable from SSM Parameter Store, read by the execution role.</source>
        <translation>SSM Parameter Store からの環境変数。タスク実行ロールが読み取ります。</translation>
    </message>
    <message>
        <source>Environment file (S3)</source>
        <translation>環境ファイル (S3)</translation>
    </message>
    <message>
        <source>Environment variables from a file in S3, read by the execution role.</source>
        <translation>S3 のファイルからの環境変数。タスク実行ロールが読み取ります。</translation>
    </message>
    <message>
        <source>EFS volume with IAM authorization</source>
        <translation>IAM 認可付きの EFS ボリューム</translation>
    </message>
    <message>
        <source>An EFS volume mounted with the task role&apos;s credentials (needs transit encryption).</source>
        <translation>タスクロールの認証情報でマウントする EFS ボリューム (転送中の暗号化が必要)。</translation>
    </message>
    <message>
        <source>EBS volume configured at launch</source>
        <translation>起動時に設定する EBS ボリューム</translation>
    </message>
    <message>
        <source>A volume ECS creates at launch with the infrastructure role.</source>
        <translation>起動時に ECS がインフラストラクチャロールで作成するボリューム。</translation>
    </message>
    <message>
        <source>ECS Exec</source>
        <translation>ECS Exec</translation>
    </message>
    <message>
        <source>Run the task with ECS Exec enabled (a RunTask or service setting, not a task-definition field): the task role needs the ssmmessages actions.</source>
        <translation>ECS Exec を有効にしてタスクを実行します (タスク定義のフィールドではなく RunTask またはサービスの設定)。タスクロールに ssmmessages のアクションが必要です。</translation>
    </message>
    <message>
        <source>New task role</source>
        <translation>新しいタスクロール</translation>
    </message>
    <message>
        <source>Set a task role for the application&apos;s AWS calls.</source>
        <translation>アプリケーションの AWS 呼び出し用にタスクロールを設定します。</translation>
    </message>
    <message>
        <source>New execution role</source>
        <translation>新しいタスク実行ロール</translation>
    </message>
    <message>
        <source>Set a task execution role for pulls, logs and secrets.</source>
        <translation>プル、ログ、シークレット用にタスク実行ロールを設定します。</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source> (when %1)</source>
        <translation> (%1 の場合)</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>サポート対象外</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>A → B: role A does it; without A, role B does (fallback).</source>
        <translation>A → B: ロール A が実行します。A がない場合はロール B が実行します (フォールバック)。</translation>
    </message>
    <message>
        <source>not verified: AWS does not document this fact directly.</source>
        <translation>未検証: AWS はこの事実を直接文書化していません。</translation>
    </message>
    <message>
        <source>rolemap explain --launch-type LT shows each operation in full.</source>
        <translation>rolemap explain --launch-type LT で各オペレーションの詳細を表示します。</translation>
    </message>
    <message>
        <source>role:</source>
        <translation>ロール:</translation>
    </message>
    <message>
        <source>minimum:</source>
        <translation>最小バージョン:</translation>
    </message>
    <message>
        <source>actions:</source>
        <translation>アクション:</translation>
    </message>
    <message>
        <source>trusts:</source>
        <translation>信頼:</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>注記:</translation>
    </message>
    <message>
        <source>missing:</source>
        <translation>不足時:</translation>
    </message>
    <message>
        <source>why:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>source:</source>
        <translation>情報源:</translation>
    </message>
    <message>
        <source>, else %1</source>
        <translation>、なければ %1</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>Windows: %1</source>
        <translation>Windows: %1</translation>
    </message>
    <message>
        <source>(%1 when %2)</source>
        <translation>(%2 の場合は %1)</translation>
    </message>
    <message>
        <source>not supported when %1: %2</source>
        <translation>%1 の場合はサポート対象外: %2</translation>
    </message>
    <message>
        <source>on Windows:</source>
        <translation>Windows の場合:</translation>
    </message>
    <message>
        <source>on Linux:</source>
        <translation>Linux の場合:</translation>
    </message>
    <message>
        <source>nothing of yours can be missing: AWS does it</source>
        <translation>お客様側で不足するものはありません: AWS が実行します</translation>
    </message>
    <message>
        <source>RegisterTaskDefinition refuses it first: %1 At run time: %2</source>
        <translation>まず RegisterTaskDefinition が拒否します: %1 実行時: %2</translation>
    </message>
</context>
<context>
    <name>DetectorText</name>
    <message>
        <source>networkMode is awsvpc: ECS attaches an ENI to the task</source>
        <translation>networkMode が awsvpc のため、ECS はタスクに ENI をアタッチします</translation>
    </message>
    <message>
        <source>Fargate tasks always use awsvpc networking</source>
        <translation>Fargate タスクは常に awsvpc ネットワークを使用します</translation>
    </message>
    <message>
        <source>proxyConfiguration is set: the Envoy proxy streams its configuration from App Mesh</source>
        <translation>proxyConfiguration が設定されているため、Envoy プロキシは App Mesh から設定をストリーミングで取得します</translation>
    </message>
    <message>
        <source>ECS Exec is enabled on the run (--enable-execute-command)</source>
        <translation>実行時に ECS Exec が有効になっています (--enable-execute-command)</translation>
    </message>
    <message>
        <source>the image of container &quot;%1&quot; is a placeholder (&quot;%2&quot;): Rolemap cannot tell whether it is in a private ECR repository</source>
        <translation>コンテナ &quot;%1&quot; のイメージはプレースホルダー (&quot;%2&quot;) のため、プライベート ECR リポジトリにあるかどうかを Rolemap では判断できません</translation>
    </message>
    <message>
        <source>Render the template first; an image in a private ECR repository needs the ecr-pull permissions.</source>
        <translation>先にテンプレートをレンダリングしてください。プライベート ECR リポジトリのイメージには ecr-pull のアクセス許可が必要です。</translation>
    </message>
    <message>
        <source>the repository is in account %1, another account: its repository policy must allow the pulling role too</source>
        <translation>リポジトリは別のアカウント %1 にあるため、そのリポジトリポリシーでもプルを行うロールを許可する必要があります</translation>
    </message>
    <message>
        <source>awslogs-create-group is %1: the role also needs logs:CreateLogGroup</source>
        <translation>awslogs-create-group が %1 のため、ロールには logs:CreateLogGroup も必要です</translation>
    </message>
    <message>
        <source>logs go to %1, another Region than the task&apos;s</source>
        <translation>ログの送信先 %1 はタスクとは別のリージョンです</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; logs through FireLens without a Name option: Rolemap cannot tell whether the destination is an AWS service that the task role must allow</source>
        <translation>コンテナ &quot;%1&quot; は Name オプションなしで FireLens 経由でログを送信しているため、送信先がタスクロールで許可すべき AWS サービスかどうかを Rolemap では判断できません</translation>
    </message>
    <message>
        <source>Name the output plugin (options.Name), or check the router&apos;s own configuration file.</source>
        <translation>出力プラグイン名 (options.Name) を指定するか、ルーター独自の設定ファイルを確認してください。</translation>
    </message>
    <message>
        <source>the FireLens router sends the logs of &quot;%1&quot; to the %2 output</source>
        <translation>FireLens ルーターは &quot;%1&quot; のログを %2 出力に送信します</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a JSON key or version of the secret %2</source>
        <translation>&quot;%1&quot; はシークレット %2 の JSON キーまたはバージョンを指定しています</translation>
    </message>
    <message>
        <source>valueFrom &quot;%1&quot; is a placeholder: Rolemap reads it as an SSM parameter name, as ECS does with anything that is not an ARN</source>
        <translation>valueFrom &quot;%1&quot; はプレースホルダーです。Rolemap はこれを SSM パラメータ名として読み取ります (ARN 以外の値に対する ECS の動作と同じです)</translation>
    </message>
    <message>
        <source>Replace it with the parameter&apos;s name or ARN; if it stands for a Secrets Manager secret, use the secret&apos;s ARN so that the execution role is checked for secretsmanager:GetSecretValue.</source>
        <translation>パラメータの名前または ARN に置き換えてください。Secrets Manager のシークレットを表す場合は、タスク実行ロールで secretsmanager:GetSecretValue が確認されるよう、シークレットの ARN を使用してください。</translation>
    </message>
    <message>
        <source>volume &quot;%1&quot; enables EFS IAM authorization without transit encryption: ECS rejects this task definition</source>
        <translation>ボリューム &quot;%1&quot; は転送時の暗号化なしで EFS IAM 認証を有効にしているため、ECS はこのタスク定義を拒否します</translation>
    </message>
    <message>
        <source>Set efsVolumeConfiguration.transitEncryption to ENABLED.</source>
        <translation>efsVolumeConfiguration.transitEncryption を ENABLED に設定してください。</translation>
    </message>
    <message>
        <source>volume &quot;%1&quot; is configured at launch: the infrastructure role is given in volumeConfigurations[].managedEBSVolume.roleArn of RunTask or CreateService</source>
        <translation>ボリューム &quot;%1&quot; は起動時に設定されます。インフラストラクチャロールは RunTask または CreateService の volumeConfigurations[].managedEBSVolume.roleArn で指定します</translation>
    </message>
    <message>
        <source>the repository prefix &quot;%1&quot; is a usual pull-through cache prefix, so this may be a cached upstream image</source>
        <translation>リポジトリのプレフィックス &quot;%1&quot; はプルスルーキャッシュでよく使われるプレフィックスのため、キャッシュされた上流イメージの可能性があります</translation>
    </message>
    <message>
        <source>the credential spec is domainless: the agent reads the domain user&apos;s secret named in its HostAccountConfig with the execution role</source>
        <translation>認証情報仕様はドメインレスです。エージェントは HostAccountConfig に指定されたドメインユーザーのシークレットをタスク実行ロールで読み取ります</translation>
    </message>
    <message>
        <source>the credentialsParameter of volume &quot;%1&quot; is &quot;%2&quot;, not an ARN: the ECS agent accepts only the ARN of a Secrets Manager secret or an SSM parameter here</source>
        <translation>ボリューム &quot;%1&quot; の credentialsParameter は &quot;%2&quot; で、ARN ではありません。ECS エージェントはここで Secrets Manager シークレットまたは SSM パラメータの ARN しか受け付けません</translation>
    </message>
    <message>
        <source>Use the full ARN, arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME or arn:aws:ssm:REGION:ACCOUNT:parameter/NAME.</source>
        <translation>完全な ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME または arn:aws:ssm:REGION:ACCOUNT:parameter/NAME) を使用してください。</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source> (container %1)</source>
        <translation> (コンテナ %1)</translation>
    </message>
    <message>
        <source> (containers %1)</source>
        <translation> (コンテナ %1)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ARN (it looks like a template placeholder): Rolemap keeps it as written and treats the role as set, but AWS would reject it</source>
        <translation>%1 &quot;%2&quot; は ARN ではありません (テンプレートのプレースホルダーのようです)。Rolemap は記述どおりに保持し、ロールが設定されているものとして扱いますが、AWS では拒否されます</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ARN: Rolemap keeps it as written and treats the role as set, but AWS would reject it</source>
        <translation>%1 &quot;%2&quot; は ARN ではありません。Rolemap は記述どおりに保持し、ロールが設定されているものとして扱いますが、AWS では拒否されます</translation>
    </message>
    <message>
        <source>Replace it with the role&apos;s ARN, arn:aws:iam::ACCOUNT:role/NAME.</source>
        <translation>ロールの ARN (arn:aws:iam::ACCOUNT:role/NAME) に置き換えてください。</translation>
    </message>
    <message>
        <source>the same role is the execution role and the task role: the application gets every permission the agent needs (registry and secret access included)</source>
        <translation>同じロールがタスク実行ロールとタスクロールを兼ねているため、アプリケーションはエージェントが必要とするすべてのアクセス許可 (レジストリとシークレットへのアクセスを含む) を得ます</translation>
    </message>
    <message>
        <source>Use two roles: an execution role for pulls, logs and secrets, and a task role with only what the application calls.</source>
        <translation>ロールを 2 つ使用してください。プル、ログ、シークレット用のタスク実行ロールと、アプリケーションが呼び出すものだけを許可するタスクロールです。</translation>
    </message>
    <message>
        <source>%1 %2 is not in the loaded IAM data</source>
        <translation>%1 %2 は読み込まれた IAM データにありません</translation>
    </message>
    <message>
        <source>Load the account&apos;s IAM data (aws iam get-account-authorization-details) or check the ARN.</source>
        <translation>アカウントの IAM データを読み込む (aws iam get-account-authorization-details) か、ARN を確認してください。</translation>
    </message>
    <message>
        <source>%1 (%2) allows everything but a few actions on every resource (%3)</source>
        <translation>%1 (%2) は、すべてのリソースに対して一部を除くすべてのアクションを許可しています (%3)</translation>
    </message>
    <message>
        <source>%1 (%2) allows every action on every resource (%3)</source>
        <translation>%1 (%2) は、すべてのリソースに対してすべてのアクションを許可しています (%3)</translation>
    </message>
    <message>
        <source>Replace it with the actions this task needs: rolemap policy --role %1 prints them.</source>
        <translation>このタスクに必要なアクションに置き換えてください。必要なアクションは rolemap policy --role %1 で表示できます。</translation>
    </message>
    <message>
        <source>%1 is set as the task role but is trusted by ec2.amazonaws.com, not by ecs-tasks.amazonaws.com (an instance role?): ECS cannot assume it for the task</source>
        <translation>%1 はタスクロールとして設定されていますが、信頼しているのは ecs-tasks.amazonaws.com ではなく ec2.amazonaws.com です (インスタンスロールではありませんか?)。ECS はタスクのためにこのロールを引き受けることができません</translation>
    </message>
    <message>
        <source>Use a role that trusts ecs-tasks.amazonaws.com.</source>
        <translation>ecs-tasks.amazonaws.com を信頼するロールを使用してください。</translation>
    </message>
    <message>
        <source>without a task role, the containers can use %1&apos;s other permissions through instance metadata (%2)</source>
        <translation>タスクロールがないため、コンテナはインスタンスメタデータを通じて %1 の他のアクセス許可 (%2) を使用できます</translation>
    </message>
    <message>
        <source>Give the task its own task role and block instance metadata for containers (ECS_AWSVPC_BLOCK_IMDS=true, or an iptables DROP of 169.254.169.254 for bridge networking).</source>
        <translation>タスクに専用のタスクロールを付与し、コンテナからのインスタンスメタデータへのアクセスをブロックしてください (ECS_AWSVPC_BLOCK_IMDS=true、または bridge ネットワークでは iptables で 169.254.169.254 を DROP)。</translation>
    </message>
    <message>
        <source>requiresCompatibilities lists &quot;%1&quot;, which is not a launch type: it is ignored</source>
        <translation>requiresCompatibilities に指定された &quot;%1&quot; は起動タイプではないため、無視されます</translation>
    </message>
    <message>
        <source>Use EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES.</source>
        <translation>EC2、FARGATE、EXTERNAL、MANAGED_INSTANCES のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>the AWS actions the application calls</source>
        <translation>アプリケーションが呼び出す AWS アクション</translation>
    </message>
    <message>
        <source>Add %1 with a role that trusts %2.</source>
        <translation>%2 を信頼するロールを指定して %1 を追加してください。</translation>
    </message>
    <message>
        <source>Add %1 with a role that trusts %2 and allows %3.</source>
        <translation>%2 を信頼し、%3 を許可するロールを指定して %1 を追加してください。</translation>
    </message>
    <message>
        <source>%1 is not supported on %2</source>
        <translation>%2 では %1 はサポートされていません</translation>
    </message>
    <message>
        <source>Run the task on a launch type that supports it, or remove the field that needs it.</source>
        <translation>これをサポートする起動タイプでタスクを実行するか、これを必要とするフィールドを削除してください。</translation>
    </message>
    <message>
        <source>On %1 AWS does this; no role of yours is involved.</source>
        <translation>%1 では AWS がこれを実行するため、お客様のロールは関与しません。</translation>
    </message>
    <message>
        <source>The %1 does this; it is not part of the task definition.</source>
        <translation>これは %1 が実行します。タスク定義の一部ではありません。</translation>
    </message>
    <message>
        <source>The %1 is set; no IAM data for it was loaded.</source>
        <translation>%1 は設定されていますが、その IAM データは読み込まれていません。</translation>
    </message>
    <message>
        <source>No %1 is set, so on %2 the %3 is used to %4</source>
        <translation>%1 が設定されていないため、%2 では %4 に %3 が使われます</translation>
    </message>
    <message>
        <source>Either works; to give this task its own permissions, %1</source>
        <translation>どちらでも動作します。このタスクに専用のアクセス許可を付与するには、%1</translation>
    </message>
    <message>
        <source>; it must also allow %1, which its usual managed policy does not grant</source>
        <translation>; また、%1 も許可する必要があります (通常のマネージドポリシーでは付与されません)</translation>
    </message>
    <message>
        <source>%1 needs %2 to %3. Without it: %4</source>
        <translation>%1 では、%3 に %2 が必要です。ない場合: %4</translation>
    </message>
    <message>
        <source>This fact is not verified: AWS does not document it directly.</source>
        <translation>この内容は未検証です。AWS のドキュメントに直接の記載はありません。</translation>
    </message>
    <message>
        <source>The loaded IAM data has no role %1.</source>
        <translation>読み込まれた IAM データにロール %1 はありません。</translation>
    </message>
    <message>
        <source>the role %1 does not trust %2 (denied by %3), so it cannot be used to %4</source>
        <translation>ロール %1 は %2 を信頼していない (%3 により拒否) ため、%4 には使用できません</translation>
    </message>
    <message>
        <source>the role %1 does not trust %2, so it cannot be used to %3</source>
        <translation>ロール %1 は %2 を信頼していないため、%3 には使用できません</translation>
    </message>
    <message>
        <source>Add a statement to its trust policy: %1.</source>
        <translation>信頼ポリシーに次のステートメントを追加してください: %1。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 に対する %1</translation>
    </message>
    <message>
        <source>Remove or narrow the Deny statement, or use another role.</source>
        <translation>Deny ステートメントを削除するか対象を絞り込む、または別のロールを使用してください。</translation>
    </message>
    <message>
        <source> Without it: %1</source>
        <translation> ない場合: %1</translation>
    </message>
    <message>
        <source>Allow %1 in a policy of %2.</source>
        <translation>%2 のポリシーで %1 を許可してください。</translation>
    </message>
    <message>
        <source>Allowed only under conditions Rolemap cannot decide offline: %1.</source>
        <translation>Rolemap がオフラインでは判定できない条件の下でのみ許可されます: %1。</translation>
    </message>
    <message>
        <source>%1 trusts %2.</source>
        <translation>%1 は %2 を信頼しています。</translation>
    </message>
    <message>
        <source>%1 trusts %2 and %3 allows what is needed.</source>
        <translation>%1 は %2 を信頼しており、%3 で必要な操作が許可されています。</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>%1: runtimePlatform.operatingSystemFamily is %2</source>
        <translation>%1: runtimePlatform.operatingSystemFamily が %2 です</translation>
    </message>
    <message>
        <source>%1, assumed: volume &quot;%2&quot; is an FSx for Windows File Server volume</source>
        <translation>%1 と推定: ボリューム &quot;%2&quot; は FSx for Windows File Server ボリュームです</translation>
    </message>
    <message>
        <source>%1, assumed: the image %2 is a Windows image</source>
        <translation>%1 と推定: イメージ %2 は Windows イメージです</translation>
    </message>
    <message>
        <source>%1, assumed: container &quot;%2&quot; has a domain-joined gMSA credential spec</source>
        <translation>%1 と推定: コンテナ &quot;%2&quot; はドメイン参加の gMSA 認証情報仕様を持ちます</translation>
    </message>
    <message>
        <source>%1, assumed: runtimePlatform.operatingSystemFamily is not set</source>
        <translation>%1 と推定: runtimePlatform.operatingSystemFamily が設定されていません</translation>
    </message>
    <message>
        <source>Give the task its own task role. In host network mode the containers share the host&apos;s network, so instance metadata cannot be blocked for them (neither the agent&apos;s awsvpc blocking setting nor an iptables rule applies): keep the instance role to what the agent needs.</source>
        <translation>タスクに専用のタスクロールを付与してください。host ネットワークモードではコンテナがホストのネットワークを共有し、インスタンスメタデータへのアクセスをブロックできない (エージェントの awsvpc 用ブロック設定も iptables ルールも効かない) ため、インスタンスロールはエージェントに必要な権限だけにしてください。</translation>
    </message>
    <message>
        <source>This depends on the operating system: %1</source>
        <translation>これはオペレーティングシステムによって異なります: %1</translation>
    </message>
    <message>
        <source>%1 may be granted by %2 instead</source>
        <translation>%1 は代わりに %2 で付与されている可能性があります</translation>
    </message>
    <message>
        <source>the Region the task runs in</source>
        <translation>タスクが実行されるリージョン</translation>
    </message>
    <message>
        <source>the account the task runs in</source>
        <translation>タスクが実行されるアカウント</translation>
    </message>
    <message>
        <source>the cluster the task runs in</source>
        <translation>タスクが実行されるクラスター</translation>
    </message>
    <message>
        <source>the role %1 is denied %2</source>
        <translation>ロール %1 は %2 を拒否されています</translation>
    </message>
    <message>
        <source>the role %1 does not allow %2</source>
        <translation>ロール %1 は %2 を許可していません</translation>
    </message>
    <message>
        <source>RegisterTaskDefinition refuses the task definition: %1 Were it registered, the task would fail: %2</source>
        <translation>RegisterTaskDefinition がタスク定義を拒否します: %1 登録できたとしても、タスクは失敗します: %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is an IAM ARN but not a role&apos;s (%3): ECS can only use a role</source>
        <translation>%1 &quot;%2&quot; は IAM の ARN ですがロールのものではありません (%3)。ECS が使えるのはロールだけです</translation>
    </message>
    <message>
        <source>Use a role&apos;s ARN, arn:aws:iam::ACCOUNT:role/NAME.</source>
        <translation>ロールの ARN (arn:aws:iam::ACCOUNT:role/NAME) を使用してください。</translation>
    </message>
</context>
<context>
    <name>ExplanationText</name>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>missing role</source>
        <translation>ロールなし</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>信頼されていない</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>許可されていない</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>条件付き</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>サポート対象外</translation>
    </message>
    <message>
        <source>done by AWS</source>
        <translation>AWS が実行</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>the ECS agent</source>
        <translation>ECS エージェント</translation>
    </message>
    <message>
        <source>Amazon ECS, for the task</source>
        <translation>Amazon ECS (タスクに代わって)</translation>
    </message>
    <message>
        <source>the FireLens log router</source>
        <translation>FireLens ログルーター</translation>
    </message>
    <message>
        <source>the application&apos;s containers</source>
        <translation>アプリケーションのコンテナ</translation>
    </message>
    <message>
        <source>Not supported on %1.</source>
        <translation>%1 ではサポートされていません。</translation>
    </message>
    <message>
        <source>Will fail:</source>
        <translation>失敗します:</translation>
    </message>
    <message>
        <source>%1 needs a %2, and this task definition has none.</source>
        <translation>%1 には %2 が必要ですが、このタスク定義には設定されていません。</translation>
    </message>
    <message>
        <source>On %1 AWS does this; no role of yours is involved.</source>
        <translation>%1 では AWS がこれを実行するため、お客様のロールは関与しません。</translation>
    </message>
    <message>
        <source>Covered by the %1%2 as a &lt;b&gt;fallback&lt;/b&gt;: no %3 is set.</source>
        <translation>%3 が設定されていないため、&lt;b&gt;フォールバック&lt;/b&gt;として %1%2 でカバーされます。</translation>
    </message>
    <message>
        <source>Covered by the %1%2.</source>
        <translation>%1%2 でカバーされます。</translation>
    </message>
    <message>
        <source>The role must trust %1.</source>
        <translation>ロールは %1 を信頼する必要があります。</translation>
    </message>
    <message>
        <source>This task definition does not need it.</source>
        <translation>このタスク定義では不要です。</translation>
    </message>
    <message>
        <source>Without a %1, %2 falls back to the %3.</source>
        <translation>%1 がない場合、%2 では %3 にフォールバックします。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Checked against the IAM data</source>
        <translation>IAM データとの照合結果</translation>
    </message>
    <message>
        <source>Not allowed:</source>
        <translation>許可されていないアクション:</translation>
    </message>
    <message>
        <source>Conditions Rolemap cannot decide offline:</source>
        <translation>Rolemap がオフラインでは判定できない条件:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>When it is missing</source>
        <translation>不足している場合</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>最小バージョン:</translation>
    </message>
    <message>
        <source>Stated by the sources below.</source>
        <translation>以下の情報源に記載されています。</translation>
    </message>
    <message>
        <source>Not verified:</source>
        <translation>未検証:</translation>
    </message>
    <message>
        <source>AWS does not document this directly; Rolemap follows the best reading of the sources.</source>
        <translation>AWS のドキュメントに直接の記載はありません。Rolemap は情報源の最も妥当な解釈に従っています。</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修正:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>情報源</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1 の場合</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) will fail.</source>
        <translation>
            <numerusform>%n 件のオペレーションが失敗します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every operation has a role to cover it.</source>
        <translation>すべてのオペレーションに対応するロールがあります。</translation>
    </message>
    <message>
        <source>Select an operation in the graph or a table to see why.</source>
        <translation>理由を確認するには、グラフまたはテーブルでオペレーションを選択してください。</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>none is set</source>
        <translation>設定されていません</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>フォールバック</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>This step fails. AWS reports:</source>
        <translation>このステップは失敗します。AWS からのメッセージ:</translation>
    </message>
    <message>
        <source>No %1 is set: the task starts, but this has no credentials to use.</source>
        <translation>%1 が設定されていません。タスクは起動しますが、これには使える認証情報がありません。</translation>
    </message>
    <message>
        <source>the %1%2 is %3.</source>
        <translation>%1%2 は「%3」です。</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>オペレーティングシステム:</translation>
    </message>
    <message numerus="yes">
        <source>Nothing fails, but %n operation(s) have no role to use.</source>
        <translation>
            <numerusform>失敗するものはありませんが、%n 件のオペレーションには使えるロールがありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>RegisterTaskDefinition refuses the task definition first:</source>
        <translation>まず RegisterTaskDefinition がタスク定義を拒否します:</translation>
    </message>
    <message>
        <source>If it were registered, the task would fail at run time:</source>
        <translation>登録できたとしても、実行時にタスクは失敗します:</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>%1 · launch type %2</source>
        <translation>%1 · 起動タイプ %2</translation>
    </message>
</context>
<context>
    <name>GraphLabels</name>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>missing role: will fail</source>
        <translation>ロールなし: 失敗します</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>信頼されていない</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>許可されていない</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>条件付き</translation>
    </message>
    <message>
        <source>not supported here</source>
        <translation>ここではサポート対象外</translation>
    </message>
    <message>
        <source>done by AWS</source>
        <translation>AWS が実行</translation>
    </message>
    <message>
        <source>Fargate agent</source>
        <translation>Fargate エージェント</translation>
    </message>
    <message>
        <source>ECS agent</source>
        <translation>ECS エージェント</translation>
    </message>
    <message>
        <source>AWS-operated</source>
        <translation>AWS が運用</translation>
    </message>
    <message>
        <source>on the container instance</source>
        <translation>コンテナインスタンス上</translation>
    </message>
    <message>
        <source>the service, for the task</source>
        <translation>サービス (タスクに代わって)</translation>
    </message>
    <message>
        <source>FireLens router</source>
        <translation>FireLens ルーター</translation>
    </message>
    <message>
        <source>container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>サポート対象外</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>%1 なし</translation>
    </message>
    <message>
        <source>missing: the task fails</source>
        <translation>なし: タスクは失敗します</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修正:</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>フォールバック</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 件のエラー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n 件のオペレーション</numerusform>
        </translation>
    </message>
    <message>
        <source>no task execution role</source>
        <translation>タスク実行ロールなし</translation>
    </message>
    <message numerus="yes">
        <source>%n task definition(s)</source>
        <translation>
            <numerusform>%n 個のタスク定義</numerusform>
        </translation>
    </message>
    <message>
        <source>no role: nothing to use</source>
        <translation>ロールなし: 使える認証情報なし</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>GraphTextWords</name>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>fallback</source>
        <translation>フォールバック</translation>
    </message>
    <message>
        <source>missing role</source>
        <translation>ロールなし</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>execution role:</source>
        <translation>タスク実行ロール:</translation>
    </message>
    <message>
        <source>task role:</source>
        <translation>タスクロール:</translation>
    </message>
    <message>
        <source>instance role:</source>
        <translation>インスタンスロール:</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>CONTAINERS</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>COVERED BY</source>
        <translation>対応ロール</translation>
    </message>
    <message>
        <source>VIA</source>
        <translation>経由</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>not verified: AWS does not document this fact directly</source>
        <translation>未検証: AWS はこの事実を直接文書化していません</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>修正:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Execution role:</source>
        <translation>タスク実行ロール:</translation>
    </message>
    <message>
        <source>Task role:</source>
        <translation>タスクロール:</translation>
    </message>
    <message>
        <source>Instance role:</source>
        <translation>インスタンスロール:</translation>
    </message>
    <message>
        <source>the container instance&apos;s role</source>
        <translation>コンテナインスタンスのロール</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>対応ロール</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>経由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修正:</translation>
    </message>
</context>
<context>
    <name>TableText</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 に対する %1</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>対応ロール</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>経由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Which role covers each operation, by launch type</source>
        <translation>起動タイプ別: 各オペレーションを担うロール</translation>
    </message>
    <message>
        <source> (not verified)</source>
        <translation> (未検証)</translation>
    </message>
    <message numerus="yes">
        <source>Rolemap: %n table(s)</source>
        <translation>
            <numerusform>Rolemap: 表 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>Expected a role ARN (arn:aws:iam::123456789012:role/NAME) or a role name</source>
        <translation>ロール ARN (arn:aws:iam::123456789012:role/NAME) またはロール名を入力してください</translation>
    </message>
    <message>
        <source>Expected a role ARN: arn:aws:iam::123456789012:role/NAME</source>
        <translation>ロール ARN を入力してください: arn:aws:iam::123456789012:role/NAME</translation>
    </message>
    <message>
        <source>A container needs an image</source>
        <translation>コンテナにはイメージが必要です</translation>
    </message>
    <message>
        <source>Not an image reference (registry/repository:tag)</source>
        <translation>イメージ参照ではありません (registry/repository:tag)</translation>
    </message>
    <message>
        <source>A task definition needs a family</source>
        <translation>タスク定義には family が必要です</translation>
    </message>
    <message>
        <source>A container needs a name</source>
        <translation>コンテナには名前が必要です</translation>
    </message>
    <message>
        <source>Expected awsvpc, bridge, host or none</source>
        <translation>awsvpc、bridge、host、または none を指定してください</translation>
    </message>
    <message>
        <source>Unknown launch type &quot;%1&quot;</source>
        <translation>不明な起動タイプ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ViewGraphText</name>
    <message>
        <source>Task definition</source>
        <translation>タスク定義</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Role it uses</source>
        <translation>使用するロール</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>AWS service</source>
        <translation>AWS サービス</translation>
    </message>
    <message numerus="yes">
        <source>%n task definition(s)</source>
        <translation>
            <numerusform>%n 個のタスク定義</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>クラスター %1</translation>
    </message>
</context>
<context>
    <name>rolemap::Autosave</name>
    <message>
        <source>Recover unsaved work?</source>
        <translation>未保存の作業を復元しますか?</translation>
    </message>
    <message>
        <source>Rolemap did not end cleanly last time. Open the work it saved automatically?</source>
        <translation>前回 Rolemap は正常に終了しませんでした。自動保存された作業を開きますか?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>復元できません</translation>
    </message>
</context>
<context>
    <name>rolemap::BackgroundLoader</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>rolemap::CompareView</name>
    <message>
        <source>The launch type of this side</source>
        <translation>この側の起動タイプ</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation>と比較</translation>
    </message>
    <message>
        <source>Compare Launch Types</source>
        <translation>起動タイプの比較</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>フォールバック</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Nothing changes between %1 and %2.</source>
        <translation>%1 と %2 の間で変わる点はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) change from %1 to %2; breaking: %3.</source>
        <translation>
            <numerusform>%1 から %2 で %n 件のオペレーションが変わります。失敗するもの: %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolemap::ComparisonModel</name>
    <message>
        <source>not supported</source>
        <translation>サポート対象外</translation>
    </message>
    <message>
        <source>Minimum: %1</source>
        <translation>最小バージョン: %1</translation>
    </message>
    <message>
        <source>Not verified: AWS does not document this directly.</source>
        <translation>未検証: AWS のドキュメントに直接の記載はありません。</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>オペレーション</translation>
    </message>
</context>
<context>
    <name>rolemap::CoverageModel</name>
    <message>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>対応ロール</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>経由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>フォールバック</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>プライマリ</translation>
    </message>
</context>
<context>
    <name>rolemap::Document</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Enable ECS Exec for %1</source>
        <translation>%1 の ECS Exec を有効化</translation>
    </message>
    <message>
        <source>Disable ECS Exec for %1</source>
        <translation>%1 の ECS Exec を無効化</translation>
    </message>
    <message>
        <source>%1 is not supported on %2</source>
        <translation>%2 では %1 はサポートされていません</translation>
    </message>
    <message>
        <source>Drop it on a task definition or a container</source>
        <translation>タスク定義またはコンテナにドロップしてください</translation>
    </message>
    <message>
        <source>An instance role belongs to a cluster: drop it on one</source>
        <translation>インスタンスロールはクラスターに属します。クラスターにドロップしてください</translation>
    </message>
    <message>
        <source>No such cluster</source>
        <translation>該当するクラスターがありません</translation>
    </message>
    <message>
        <source>Fargate clusters have no container instances, so no instance role</source>
        <translation>Fargate クラスターにはコンテナインスタンスがないため、インスタンスロールもありません</translation>
    </message>
    <message>
        <source>Set instance role</source>
        <translation>インスタンスロールを設定</translation>
    </message>
    <message>
        <source>ECS Exec is already enabled for this task</source>
        <translation>このタスクでは ECS Exec がすでに有効です</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>ロールを設定</translation>
    </message>
    <message>
        <source>Drop a container on a task definition</source>
        <translation>コンテナをタスク定義にドロップしてください</translation>
    </message>
    <message>
        <source>That container is gone</source>
        <translation>そのコンテナはもう存在しません</translation>
    </message>
    <message>
        <source>The container is already in this task definition</source>
        <translation>このコンテナはすでにこのタスク定義にあります</translation>
    </message>
    <message>
        <source>The container is already there</source>
        <translation>このコンテナはすでにそこにあります</translation>
    </message>
    <message>
        <source>Reorder containers</source>
        <translation>コンテナの並べ替え</translation>
    </message>
    <message>
        <source>Copy container</source>
        <translation>コンテナをコピー</translation>
    </message>
    <message>
        <source>Move container</source>
        <translation>コンテナを移動</translation>
    </message>
    <message>
        <source>Drop a task definition on a cluster</source>
        <translation>タスク定義をクラスターにドロップしてください</translation>
    </message>
    <message>
        <source>It is already in this cluster</source>
        <translation>すでにこのクラスターにあります</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 を %2 に移動</translation>
    </message>
    <message>
        <source>Rolemap cannot use what is being dragged</source>
        <translation>ドラッグ中の項目は Rolemap で使用できません</translation>
    </message>
    <message>
        <source>New task definition %1</source>
        <translation>新しいタスク定義 %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2 in %3</source>
        <translation>%3 の %2 の %1 を編集</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%2 の %1 を編集</translation>
    </message>
    <message>
        <source>Delete container %1 from %2</source>
        <translation>%2 からコンテナ %1 を削除</translation>
    </message>
    <message>
        <source>Delete %1 from %2</source>
        <translation>%2 から %1 を削除</translation>
    </message>
</context>
<context>
    <name>rolemap::DocumentManager</name>
    <message>
        <source>%1 files</source>
        <translation>%1 ファイル</translation>
    </message>
    <message>
        <source>the sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Opening cancelled; nothing changed</source>
        <translation>開くのを取り消しました。何も変更されていません</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>表示する内容がありません</translation>
    </message>
    <message>
        <source>There is no task definition in %1.</source>
        <translation>%1 にタスク定義がありません。</translation>
    </message>
    <message>
        <source>Open task definitions or a workspace</source>
        <translation>タスク定義またはワークスペースを開く</translation>
    </message>
    <message>
        <source>Task definitions and workspaces (*.json);;All files (*)</source>
        <translation>タスク定義とワークスペース (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The workspace has unsaved changes. Save them?</source>
        <translation>ワークスペースに未保存の変更があります。保存しますか?</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>ワークスペースを保存</translation>
    </message>
    <message>
        <source>Rolemap workspaces (*.rolemap.json)</source>
        <translation>Rolemap ワークスペース (*.rolemap.json)</translation>
    </message>
    <message>
        <source>Recovered workspace</source>
        <translation>復元されたワークスペース</translation>
    </message>
    <message>
        <source>Some files cannot be opened</source>
        <translation>開けないファイルがあります</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out:</source>
        <translation>
            <numerusform>開けなかったファイル %n 件:</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>ワークスペースなし</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>rolemap::EditController</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>New task definition</source>
        <translation>新しいタスク定義</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>ファミリー:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted on its own; edit it in Properties</source>
        <translation>&quot;%1&quot; は単独では削除できません。プロパティで編集してください</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>rolemap::ExportController</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <source>Export task definition (register-task-definition input)</source>
        <translation>タスク定義をエクスポート (register-task-definition の入力)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
</context>
<context>
    <name>rolemap::ExportDialog</name>
    <message>
        <source>SVG image (text stays text)</source>
        <translation>SVG 画像 (テキストはテキストのまま)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF ドキュメント (ベクター)</translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <source>Mermaid flowchart (GitHub, GitLab)</source>
        <translation>Mermaid フローチャート (GitHub、GitLab)</translation>
    </message>
    <message>
        <source>draw.io / diagrams.net</source>
        <translation>draw.io / diagrams.net</translation>
    </message>
    <message>
        <source>Table as Markdown</source>
        <translation>テーブル (Markdown)</translation>
    </message>
    <message>
        <source>Table as CSV</source>
        <translation>テーブル (CSV)</translation>
    </message>
    <message>
        <source>Table as HTML</source>
        <translation>テーブル (HTML)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Redact account ids and names (for sharing outside the team)</source>
        <translation>アカウント ID と名前を伏せる (チーム外と共有する場合)</translation>
    </message>
    <message>
        <source>Tables: the launch-type comparison instead of the coverage</source>
        <translation>テーブル: カバレッジではなく起動タイプの比較を出力</translation>
    </message>
    <message>
        <source>PNG scale:</source>
        <translation>PNG の倍率:</translation>
    </message>
    <message>
        <source>PNG: transparent background</source>
        <translation>PNG: 背景を透明にする</translation>
    </message>
    <message>
        <source>PDF page:</source>
        <translation>PDF のページ:</translation>
    </message>
    <message>
        <source>PDF: print today&apos;s date (the file then changes every day)</source>
        <translation>PDF: 今日の日付を印刷する (ファイルが毎日変わります)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
</context>
<context>
    <name>rolemap::FindingsModel</name>
    <message>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>タスク定義</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>rolemap::GraphView</name>
    <message>
        <source>Role graph</source>
        <translation>ロールグラフ</translation>
    </message>
</context>
<context>
    <name>rolemap::HelpDialog</name>
    <message>
        <source>Rolemap Handbook</source>
        <translation>Rolemap ハンドブック</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>rolemap::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open task definitions or a Rolemap workspace (several at once)</source>
        <translation>タスク定義または Rolemap ワークスペースを開く (複数同時に可)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイルを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>サンプルを開く(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New Task Definition…</source>
        <translation>新しいタスク定義(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the diagram or the tables on screen: SVG, PNG, PDF, DOT, Mermaid, draw.io, Markdown, CSV, HTML</source>
        <translation>図または画面上の表をエクスポート: SVG, PNG, PDF, DOT, Mermaid, draw.io, Markdown, CSV, HTML</translation>
    </message>
    <message>
        <source>Export &amp;Task Definition…</source>
        <translation>タスク定義をエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the selected task definition as register-task-definition input</source>
        <translation>選択したタスク定義を register-task-definition の入力として書き出す</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected task definition, container or field</source>
        <translation>選択したタスク定義、コンテナ、またはフィールドを削除</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>インターフェイスの言語</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>Show every view for %1 (%2)</source>
        <translation>%1 のすべてのビューを表示 (%2)</translation>
    </message>
    <message>
        <source>Cluster &amp;Overview</source>
        <translation>クラスター概要(&amp;O)</translation>
    </message>
    <message>
        <source>Every task definition of the cluster and the roles they share</source>
        <translation>クラスターのすべてのタスク定義と、それらが共有するロール</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Graph</source>
        <translation>全体表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Teach</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Walkthrough</source>
        <translation>ウォークスルー(&amp;W)</translation>
    </message>
    <message>
        <source>Step through the start of the task on the launch type shown (F6)</source>
        <translation>表示中の起動タイプでのタスクの開始をステップごとに確認 (F6)</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>次のステップ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>前のステップ(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;lay / Pause</source>
        <translation>再生 / 一時停止(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Compare Launch Types…</source>
        <translation>起動タイプを比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Two launch types side by side, with the operations whose role changes (Ctrl+Shift+C)</source>
        <translation>2 つの起動タイプを並べて表示し、ロールが変わるオペレーションを示す (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation>クイズ(&amp;Q)…</translation>
    </message>
    <message>
        <source>Which role does this, on this launch type? (Ctrl+Shift+Q)</source>
        <translation>この起動タイプで、これを行うのはどのロール? (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>P&amp;resentation</source>
        <translation>プレゼンテーション(&amp;R)</translation>
    </message>
    <message>
        <source>The graph full screen with large text (Ctrl+Shift+P or F11, Esc to leave)</source>
        <translation>グラフを大きな文字で全画面表示 (Ctrl+Shift+P または F11、Esc で終了)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rolemap</source>
        <translation>Rolemap について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直し(&amp;R): %1</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it was on the first start</source>
        <translation>すべてのパネルを初回起動時の位置に戻します</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a building block to the selected task definition or container</source>
        <translation>選択したタスク定義またはコンテナにブロックを追加します</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the workspace (asks first when there are unsaved changes)</source>
        <translation>ワークスペースを閉じます (未保存の変更があれば先に確認します)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected table row, finding or tree item, or the explanation</source>
        <translation>選択した表の行、検出結果、ツリーの項目、または説明をコピーします</translation>
    </message>
    <message>
        <source>Rolemap &amp;Handbook</source>
        <translation>Rolemap ハンドブック(&amp;H)</translation>
    </message>
    <message>
        <source>The window, the legend and every keyboard shortcut (F1)</source>
        <translation>ウィンドウ、凡例、すべてのキーボードショートカット (F1)</translation>
    </message>
    <message>
        <source>Context menu of the tree or the graph</source>
        <translation>ツリーまたはグラフのコンテキストメニュー</translation>
    </message>
</context>
<context>
    <name>rolemap::MainDocks</name>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Walkthrough</source>
        <translation>ウォークスルー</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>カバレッジ</translation>
    </message>
    <message>
        <source>Launch types compared</source>
        <translation>起動タイプの比較</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Suggest Policy…</source>
        <translation>ポリシーを提案…</translation>
    </message>
    <message>
        <source>The least-privilege policy for the selected role, and what the loaded IAM data grants of it</source>
        <translation>選択したロールの最小権限ポリシーと、読み込んだ IAM データでそのうち付与されているもの</translation>
    </message>
    <message>
        <source>Double-click a finding to go to it</source>
        <translation>検出結果をダブルクリックして該当箇所に移動</translation>
    </message>
    <message>
        <source>Drag a block onto a task definition or a container, in the tree or the graph</source>
        <translation>ブロックを、ツリーまたはグラフ内のタスク定義かコンテナにドラッグ</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた状態&gt;</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>すべての検出結果</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>Which findings the table lists</source>
        <translation>表に表示する検出結果</translation>
    </message>
</context>
<context>
    <name>rolemap::MainWindow</name>
    <message>
        <source>About Rolemap</source>
        <translation>Rolemap について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rolemap %1&lt;/h3&gt;&lt;p&gt;Which IAM role of Amazon ECS covers each operation a task needs, per launch type, and what will fail.&lt;/p&gt;&lt;p&gt;The rules follow the AWS documentation and the ECS agent&apos;s source; every fact links to its source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rolemap %1&lt;/h3&gt;&lt;p&gt;タスクに必要な各オペレーションを Amazon ECS のどの IAM ロールがカバーするかを起動タイプごとに示し、何が失敗するかを示します。&lt;/p&gt;&lt;p&gt;ルールは AWS ドキュメントと ECS エージェントのソースに基づいており、すべての事実にその出典へのリンクがあります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · on %2: %3, %4</source>
        <translation>%1 · %2: %3、%4</translation>
    </message>
    <message numerus="yes">
        <source>%n task definition(s)</source>
        <translation>
            <numerusform>%n 個のタスク定義</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 件のエラー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 件の警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolemap::PaletteModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Drop on a task definition to use %1 as its %2</source>
        <translation>タスク定義にドロップして、%1 をその%2として使用</translation>
    </message>
    <message>
        <source>instance role</source>
        <translation>インスタンスロール</translation>
    </message>
    <message>
        <source>execution role</source>
        <translation>タスク実行ロール</translation>
    </message>
    <message>
        <source>task role</source>
        <translation>タスクロール</translation>
    </message>
</context>
<context>
    <name>rolemap::PolicyDialog</name>
    <message>
        <source>Suggested policy for %1</source>
        <translation>%1 の推奨ポリシー</translation>
    </message>
    <message>
        <source>What the task definitions that use this role as their %1 need of it:</source>
        <translation>このロールを%1として使用するタスク定義が、このロールに必要とするもの:</translation>
    </message>
    <message>
        <source>Needed versus granted by the loaded IAM data:</source>
        <translation>必要なものと、読み込んだ IAM データで付与されているものの比較:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>ポリシーを保存</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
</context>
<context>
    <name>rolemap::PropertyEditor</name>
    <message>
        <source>Family</source>
        <translation>ファミリー</translation>
    </message>
    <message>
        <source>The task definition&apos;s family name</source>
        <translation>タスク定義の family 名</translation>
    </message>
    <message>
        <source>Execution role</source>
        <translation>タスク実行ロール</translation>
    </message>
    <message>
        <source>executionRoleArn: the role the ECS or Fargate agent uses for pulls, logs and secrets</source>
        <translation>executionRoleArn: ECS エージェントまたは Fargate エージェントが、イメージのプル、ログ、シークレットに使用するロール</translation>
    </message>
    <message>
        <source>Task role</source>
        <translation>タスクロール</translation>
    </message>
    <message>
        <source>taskRoleArn: the role the application&apos;s own AWS calls use</source>
        <translation>taskRoleArn: アプリケーション自身の AWS 呼び出しが使用するロール</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>ネットワークモード</translation>
    </message>
    <message>
        <source>networkMode</source>
        <translation>networkMode</translation>
    </message>
    <message>
        <source>Launch types</source>
        <translation>起動タイプ</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>コンテナ名</translation>
    </message>
    <message>
        <source>The container&apos;s name</source>
        <translation>コンテナの名前</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>The container image; a private ECR image needs ECR pull permissions</source>
        <translation>コンテナイメージ。プライベート ECR イメージには ECR のプルアクセス許可が必要です</translation>
    </message>
    <message>
        <source>Select a task definition or a container to edit it.</source>
        <translation>編集するタスク定義またはコンテナを選択してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <translation>%2 の &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>requiresCompatibilities: the launch types the task definition is checked against</source>
        <translation>requiresCompatibilities: タスク定義を検証する起動タイプ</translation>
    </message>
</context>
<context>
    <name>rolemap::QuizDialog</name>
    <message>
        <source>Quiz: which role does this?</source>
        <translation>クイズ: これを行うのはどのロール?</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>次の問題(&amp;N)</translation>
    </message>
    <message>
        <source>No role can: it fails or is not supported</source>
        <translation>どのロールも不可: 失敗するかサポート対象外</translation>
    </message>
    <message>
        <source>AWS itself: no role of yours</source>
        <translation>AWS 自体: お客様のロールは使用しない</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Your score: %1 of %2</source>
        <translation>スコア: %2 問中 %1 問正解</translation>
    </message>
    <message>
        <source>Question %1 of %2 · score %3</source>
        <translation>問題 %1/%2 · スコア %3</translation>
    </message>
    <message>
        <source>On %1, which role does this: %2?</source>
        <translation>%1 で、%2 を行うのはどのロール?</translation>
    </message>
    <message>
        <source>Task definition %1 on %2: which role does this: %3?</source>
        <translation>%2 でのタスク定義 %1: %3 を行うのはどのロール?</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>正解です。</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>不正解: 答えは %1 です。</translation>
    </message>
    <message>
        <source>This task definition sets no role of the usual kind, so this one covers as a fallback.</source>
        <translation>このタスク定義には通常の種類のロールが設定されていないため、このロールがフォールバックとしてカバーします。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>No mistakes.</source>
        <translation>間違いはありません。</translation>
    </message>
    <message>
        <source>To look at again:</source>
        <translation>見直しましょう:</translation>
    </message>
    <message>
        <source>&amp;Another round</source>
        <translation>もう一度(&amp;A)</translation>
    </message>
</context>
<context>
    <name>rolemap::RolesModel</name>
    <message>
        <source>cluster %1</source>
        <translation>クラスター %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
</context>
<context>
    <name>rolemap::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムのデフォルト</translation>
    </message>
    <message>
        <source>The language of the interface and of the rules&apos; explanations; it changes at once</source>
        <translation>インターフェイスとルールの説明の言語。すぐに反映されます</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>The window&apos;s colours: the desktop&apos;s, or light or dark whatever the desktop uses</source>
        <translation>ウィンドウの配色: デスクトップに合わせるか、デスクトップにかかわらずライトまたはダーク</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外観(&amp;A):</translation>
    </message>
</context>
<context>
    <name>rolemap::WalkthroughPanel</name>
    <message>
        <source>← Previous</source>
        <translation>← 前へ</translation>
    </message>
    <message>
        <source>The previous step (Left)</source>
        <translation>前のステップ (Left)</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>次へ →</translation>
    </message>
    <message>
        <source>The next step (Right)</source>
        <translation>次のステップ (Right)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Step through on its own at the chosen speed</source>
        <translation>選択した速度で自動的にステップを進める</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>最初から</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>速度(&amp;S):</translation>
    </message>
    <message>
        <source>Slow (8 s)</source>
        <translation>遅い (8 秒)</translation>
    </message>
    <message>
        <source>Normal (5 s)</source>
        <translation>標準 (5 秒)</translation>
    </message>
    <message>
        <source>Fast (2 s)</source>
        <translation>速い (2 秒)</translation>
    </message>
    <message>
        <source>Open a task definition to step through its start.</source>
        <translation>タスク定義を開くと、その開始をステップごとに確認できます。</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 on %4</source>
        <translation>ステップ %1/%2 · %4 での %3</translation>
    </message>
</context>
<context>
    <name>rolemap::WorkspaceModel</name>
    <message>
        <source>FireLens log router</source>
        <translation>FireLens ログルーター</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>image: %1</source>
        <translation>イメージ: %1</translation>
    </message>
    <message>
        <source>A private Amazon ECR image</source>
        <translation>プライベート Amazon ECR イメージ</translation>
    </message>
    <message>
        <source>A public or non-ECR image</source>
        <translation>パブリックイメージまたは ECR 以外のイメージ</translation>
    </message>
    <message>
        <source>registry credentials</source>
        <translation>レジストリ認証情報</translation>
    </message>
    <message>
        <source>logs: %1 → %2</source>
        <translation>ログ: %1 → %2</translation>
    </message>
    <message>
        <source>logs: %1</source>
        <translation>ログ: %1</translation>
    </message>
    <message>
        <source>log secret: %1</source>
        <translation>ログのシークレット: %1</translation>
    </message>
    <message>
        <source>FireLens %1</source>
        <translation>FireLens %1</translation>
    </message>
    <message>
        <source> (config: %1)</source>
        <translation> (設定: %1)</translation>
    </message>
    <message>
        <source>secret: %1</source>
        <translation>シークレット: %1</translation>
    </message>
    <message>
        <source>environment file: %1</source>
        <translation>環境ファイル: %1</translation>
    </message>
    <message>
        <source>credential spec</source>
        <translation>認証情報仕様</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>EFS, IAM authorization</source>
        <translation>EFS、IAM 認可</translation>
    </message>
    <message>
        <source>EFS</source>
        <translation>EFS</translation>
    </message>
    <message>
        <source>configured at launch (EBS)</source>
        <translation>起動時に設定 (EBS)</translation>
    </message>
    <message>
        <source>FSx for Windows File Server</source>
        <translation>FSx for Windows File Server</translation>
    </message>
    <message>
        <source>volume: %1 (%2)</source>
        <translation>ボリューム: %1 (%2)</translation>
    </message>
    <message>
        <source>Cluster on %1</source>
        <translation>%1 のクラスター</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Instance role: %1</source>
        <translation>インスタンスロール: %1</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>クラスター外</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>Drop it on a cluster, a task definition or a container</source>
        <translation>クラスター、タスク定義、またはコンテナにドロップ</translation>
    </message>
</context>
</TS>
