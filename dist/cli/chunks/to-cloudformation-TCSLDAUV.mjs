import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  entries,
  isIntrinsic,
  items,
  map,
  relocate,
  scalar,
  seq,
  text,
  withEntry
} from "./chunk-N3VBY6XR.mjs";
import "./chunk-RWOBXVY3.mjs";
import {
  child
} from "./chunk-KVGTMRYX.mjs";
import "./chunk-5DAOS2YO.mjs";

// src/engine/load/adapters/sam/policy-templates.json
var policy_templates_default = {
  $comment: "AWS SAM policy templates: what each grants (facts from the AWS SAM specification; our own format). Resource patterns use ${Param} for a template parameter and ${AWS::Partition}/${AWS::Region}/${AWS::AccountId} for pseudo parameters, as in Fn::Sub. Every statement has effect Allow. An optional 'condition' on a statement is an IAM condition block whose string values use the same pattern form. Source revision: aws/serverless-application-model 7000d0a3b0e5e0d9fca014ce135850718aad1290.",
  templates: {
    AMIDescribePolicy: {
      parameters: [],
      statements: [
        { actions: ["ec2:DescribeImages"], resources: ["*"] }
      ]
    },
    AWSSecretsManagerGetSecretValuePolicy: {
      parameters: ["SecretArn"],
      statements: [
        { actions: ["secretsmanager:GetSecretValue"], resources: ["${SecretArn}"] }
      ]
    },
    AWSSecretsManagerRotationPolicy: {
      parameters: ["FunctionName"],
      statements: [
        {
          actions: [
            "secretsmanager:DescribeSecret",
            "secretsmanager:GetSecretValue",
            "secretsmanager:PutSecretValue",
            "secretsmanager:UpdateSecretVersionStage"
          ],
          resources: ["arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:*"],
          condition: {
            StringEquals: {
              "secretsmanager:resource/AllowRotationLambdaArn": "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}"
            }
          }
        },
        { actions: ["secretsmanager:GetRandomPassword"], resources: ["*"] }
      ]
    },
    AcmGetCertificatePolicy: {
      parameters: ["CertificateArn"],
      statements: [
        { actions: ["acm:GetCertificate"], resources: ["${CertificateArn}"] }
      ]
    },
    AthenaQueryPolicy: {
      parameters: ["WorkGroupName"],
      statements: [
        {
          actions: [
            "athena:ListWorkGroups",
            "athena:GetExecutionEngine",
            "athena:GetExecutionEngines",
            "athena:GetNamespace",
            "athena:GetCatalogs",
            "athena:GetNamespaces",
            "athena:GetTables",
            "athena:GetTable"
          ],
          resources: ["*"]
        },
        {
          actions: [
            "athena:StartQueryExecution",
            "athena:GetQueryResults",
            "athena:DeleteNamedQuery",
            "athena:GetNamedQuery",
            "athena:ListQueryExecutions",
            "athena:StopQueryExecution",
            "athena:GetQueryResultsStream",
            "athena:ListNamedQueries",
            "athena:CreateNamedQuery",
            "athena:GetQueryExecution",
            "athena:BatchGetNamedQuery",
            "athena:BatchGetQueryExecution",
            "athena:GetWorkGroup"
          ],
          resources: ["arn:${AWS::Partition}:athena:${AWS::Region}:${AWS::AccountId}:workgroup/${WorkGroupName}"]
        }
      ]
    },
    CloudFormationDescribeStacksPolicy: {
      parameters: [],
      statements: [
        { actions: ["cloudformation:DescribeStacks"], resources: ["arn:${AWS::Partition}:cloudformation:${AWS::Region}:${AWS::AccountId}:stack/*"] }
      ]
    },
    CloudWatchDashboardPolicy: {
      parameters: [],
      statements: [
        {
          actions: ["cloudwatch:GetDashboard", "cloudwatch:ListDashboards", "cloudwatch:PutDashboard", "cloudwatch:ListMetrics"],
          resources: ["*"]
        }
      ]
    },
    CloudWatchDescribeAlarmHistoryPolicy: {
      parameters: [],
      statements: [
        { actions: ["cloudwatch:DescribeAlarmHistory"], resources: ["*"] }
      ]
    },
    CloudWatchPutMetricPolicy: {
      parameters: [],
      statements: [
        { actions: ["cloudwatch:PutMetricData"], resources: ["*"] }
      ]
    },
    CodeCommitCrudPolicy: {
      parameters: ["RepositoryName"],
      statements: [
        {
          actions: [
            "codecommit:GitPull",
            "codecommit:GitPush",
            "codecommit:CreateBranch",
            "codecommit:DeleteBranch",
            "codecommit:GetBranch",
            "codecommit:ListBranches",
            "codecommit:MergeBranchesByFastForward",
            "codecommit:MergeBranchesBySquash",
            "codecommit:MergeBranchesByThreeWay",
            "codecommit:UpdateDefaultBranch",
            "codecommit:BatchDescribeMergeConflicts",
            "codecommit:CreateUnreferencedMergeCommit",
            "codecommit:DescribeMergeConflicts",
            "codecommit:GetMergeCommit",
            "codecommit:GetMergeOptions",
            "codecommit:BatchGetPullRequests",
            "codecommit:CreatePullRequest",
            "codecommit:DescribePullRequestEvents",
            "codecommit:GetCommentsForPullRequest",
            "codecommit:GetCommitsFromMergeBase",
            "codecommit:GetMergeConflicts",
            "codecommit:GetPullRequest",
            "codecommit:ListPullRequests",
            "codecommit:MergePullRequestByFastForward",
            "codecommit:MergePullRequestBySquash",
            "codecommit:MergePullRequestByThreeWay",
            "codecommit:PostCommentForPullRequest",
            "codecommit:UpdatePullRequestDescription",
            "codecommit:UpdatePullRequestStatus",
            "codecommit:UpdatePullRequestTitle",
            "codecommit:DeleteFile",
            "codecommit:GetBlob",
            "codecommit:GetFile",
            "codecommit:GetFolder",
            "codecommit:PutFile",
            "codecommit:DeleteCommentContent",
            "codecommit:GetComment",
            "codecommit:GetCommentsForComparedCommit",
            "codecommit:PostCommentForComparedCommit",
            "codecommit:PostCommentReply",
            "codecommit:UpdateComment",
            "codecommit:BatchGetCommits",
            "codecommit:CreateCommit",
            "codecommit:GetCommit",
            "codecommit:GetCommitHistory",
            "codecommit:GetDifferences",
            "codecommit:GetObjectIdentifier",
            "codecommit:GetReferences",
            "codecommit:GetTree",
            "codecommit:GetRepository",
            "codecommit:UpdateRepositoryDescription",
            "codecommit:ListTagsForResource",
            "codecommit:TagResource",
            "codecommit:UntagResource",
            "codecommit:GetRepositoryTriggers",
            "codecommit:PutRepositoryTriggers",
            "codecommit:TestRepositoryTriggers",
            "codecommit:GetBranch",
            "codecommit:GetCommit",
            "codecommit:UploadArchive",
            "codecommit:GetUploadArchiveStatus",
            "codecommit:CancelUploadArchive"
          ],
          resources: ["arn:${AWS::Partition}:codecommit:${AWS::Region}:${AWS::AccountId}:${RepositoryName}"]
        }
      ]
    },
    CodeCommitReadPolicy: {
      parameters: ["RepositoryName"],
      statements: [
        {
          actions: [
            "codecommit:GitPull",
            "codecommit:GetBranch",
            "codecommit:ListBranches",
            "codecommit:BatchDescribeMergeConflicts",
            "codecommit:DescribeMergeConflicts",
            "codecommit:GetMergeCommit",
            "codecommit:GetMergeOptions",
            "codecommit:BatchGetPullRequests",
            "codecommit:DescribePullRequestEvents",
            "codecommit:GetCommentsForPullRequest",
            "codecommit:GetCommitsFromMergeBase",
            "codecommit:GetMergeConflicts",
            "codecommit:GetPullRequest",
            "codecommit:ListPullRequests",
            "codecommit:GetBlob",
            "codecommit:GetFile",
            "codecommit:GetFolder",
            "codecommit:GetComment",
            "codecommit:GetCommentsForComparedCommit",
            "codecommit:BatchGetCommits",
            "codecommit:GetCommit",
            "codecommit:GetCommitHistory",
            "codecommit:GetDifferences",
            "codecommit:GetObjectIdentifier",
            "codecommit:GetReferences",
            "codecommit:GetTree",
            "codecommit:GetRepository",
            "codecommit:ListTagsForResource",
            "codecommit:GetRepositoryTriggers",
            "codecommit:TestRepositoryTriggers",
            "codecommit:GetBranch",
            "codecommit:GetCommit",
            "codecommit:GetUploadArchiveStatus"
          ],
          resources: ["arn:${AWS::Partition}:codecommit:${AWS::Region}:${AWS::AccountId}:${RepositoryName}"]
        }
      ]
    },
    CodePipelineLambdaExecutionPolicy: {
      parameters: [],
      statements: [
        { actions: ["codepipeline:PutJobSuccessResult", "codepipeline:PutJobFailureResult"], resources: ["*"] }
      ]
    },
    CodePipelineReadOnlyPolicy: {
      parameters: ["PipelineName"],
      statements: [
        { actions: ["codepipeline:ListPipelineExecutions"], resources: ["arn:${AWS::Partition}:codepipeline:${AWS::Region}:${AWS::AccountId}:${PipelineName}"] }
      ]
    },
    ComprehendBasicAccessPolicy: {
      parameters: [],
      statements: [
        {
          actions: [
            "comprehend:BatchDetectKeyPhrases",
            "comprehend:DetectDominantLanguage",
            "comprehend:DetectEntities",
            "comprehend:BatchDetectEntities",
            "comprehend:DetectKeyPhrases",
            "comprehend:DetectSentiment",
            "comprehend:BatchDetectDominantLanguage",
            "comprehend:BatchDetectSentiment"
          ],
          resources: ["*"]
        }
      ]
    },
    CostExplorerReadOnlyPolicy: {
      parameters: [],
      statements: [
        {
          actions: [
            "ce:GetCostAndUsage",
            "ce:GetDimensionValues",
            "ce:GetReservationCoverage",
            "ce:GetReservationPurchaseRecommendation",
            "ce:GetReservationUtilization",
            "ce:GetTags"
          ],
          resources: ["*"]
        }
      ]
    },
    DynamoDBBackupFullAccessPolicy: {
      parameters: ["TableName"],
      statements: [
        {
          actions: ["dynamodb:CreateBackup", "dynamodb:DescribeContinuousBackups"],
          resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}"]
        },
        {
          actions: ["dynamodb:DeleteBackup", "dynamodb:DescribeBackup", "dynamodb:ListBackups"],
          resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/backup/*"]
        }
      ]
    },
    DynamoDBCrudPolicy: {
      parameters: ["TableName"],
      statements: [
        {
          actions: [
            "dynamodb:GetItem",
            "dynamodb:DeleteItem",
            "dynamodb:PutItem",
            "dynamodb:Scan",
            "dynamodb:Query",
            "dynamodb:UpdateItem",
            "dynamodb:BatchWriteItem",
            "dynamodb:BatchGetItem",
            "dynamodb:DescribeTable",
            "dynamodb:ConditionCheckItem"
          ],
          resources: [
            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}",
            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/index/*"
          ]
        }
      ]
    },
    DynamoDBReadPolicy: {
      parameters: ["TableName"],
      statements: [
        {
          actions: ["dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DescribeTable"],
          resources: [
            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}",
            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/index/*"
          ]
        }
      ]
    },
    DynamoDBReconfigurePolicy: {
      parameters: ["TableName"],
      statements: [
        { actions: ["dynamodb:UpdateTable"], resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}"] }
      ]
    },
    DynamoDBRestoreFromBackupPolicy: {
      parameters: ["TableName"],
      statements: [
        {
          actions: ["dynamodb:RestoreTableFromBackup"],
          resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/backup/*"]
        },
        {
          actions: [
            "dynamodb:PutItem",
            "dynamodb:UpdateItem",
            "dynamodb:DeleteItem",
            "dynamodb:GetItem",
            "dynamodb:Query",
            "dynamodb:Scan",
            "dynamodb:BatchWriteItem"
          ],
          resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}"]
        }
      ]
    },
    DynamoDBStreamReadPolicy: {
      parameters: ["StreamName", "TableName"],
      statements: [
        {
          actions: ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
          resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/stream/${StreamName}"]
        },
        {
          actions: ["dynamodb:ListStreams"],
          resources: ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/stream/*"]
        }
      ]
    },
    DynamoDBWritePolicy: {
      parameters: ["TableName"],
      statements: [
        {
          actions: ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"],
          resources: [
            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}",
            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}/index/*"
          ]
        }
      ]
    },
    EC2CopyImagePolicy: {
      parameters: ["ImageId"],
      statements: [
        { actions: ["ec2:CopyImage"], resources: ["arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:image/${ImageId}"] }
      ]
    },
    EC2DescribePolicy: {
      parameters: [],
      statements: [
        { actions: ["ec2:DescribeRegions", "ec2:DescribeInstances"], resources: ["*"] }
      ]
    },
    EFSWriteAccessPolicy: {
      parameters: ["AccessPoint", "FileSystem"],
      statements: [
        {
          actions: ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"],
          resources: ["arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/${FileSystem}"],
          condition: {
            StringEquals: {
              "elasticfilesystem:AccessPointArn": "arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:access-point/${AccessPoint}"
            }
          }
        }
      ]
    },
    EKSDescribePolicy: {
      parameters: [],
      statements: [
        { actions: ["eks:DescribeCluster", "eks:ListClusters"], resources: ["*"] }
      ]
    },
    EcsRunTaskPolicy: {
      parameters: ["TaskDefinition"],
      statements: [
        { actions: ["ecs:RunTask"], resources: ["arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:task-definition/${TaskDefinition}"] }
      ]
    },
    ElasticMapReduceAddJobFlowStepsPolicy: {
      parameters: ["ClusterId"],
      statements: [
        { actions: ["elasticmapreduce:AddJobFlowSteps"], resources: ["arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${ClusterId}"] }
      ]
    },
    ElasticMapReduceCancelStepsPolicy: {
      parameters: ["ClusterId"],
      statements: [
        { actions: ["elasticmapreduce:CancelSteps"], resources: ["arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${ClusterId}"] }
      ]
    },
    ElasticMapReduceModifyInstanceFleetPolicy: {
      parameters: ["ClusterId"],
      statements: [
        {
          actions: ["elasticmapreduce:ModifyInstanceFleet", "elasticmapreduce:ListInstanceFleets"],
          resources: ["arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${ClusterId}"]
        }
      ]
    },
    ElasticMapReduceModifyInstanceGroupsPolicy: {
      parameters: ["ClusterId"],
      statements: [
        {
          actions: ["elasticmapreduce:ModifyInstanceGroups", "elasticmapreduce:ListInstanceGroups"],
          resources: ["arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${ClusterId}"]
        }
      ]
    },
    ElasticMapReduceSetTerminationProtectionPolicy: {
      parameters: ["ClusterId"],
      statements: [
        { actions: ["elasticmapreduce:SetTerminationProtection"], resources: ["arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${ClusterId}"] }
      ]
    },
    ElasticMapReduceTerminateJobFlowsPolicy: {
      parameters: ["ClusterId"],
      statements: [
        { actions: ["elasticmapreduce:TerminateJobFlows"], resources: ["arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${ClusterId}"] }
      ]
    },
    ElasticsearchHttpPostPolicy: {
      parameters: ["DomainName"],
      statements: [
        { actions: ["es:ESHttpPost", "es:ESHttpPut"], resources: ["arn:${AWS::Partition}:es:${AWS::Region}:${AWS::AccountId}:domain/${DomainName}/*"] }
      ]
    },
    EventBridgePutEventsPolicy: {
      parameters: ["EventBusName"],
      statements: [
        { actions: ["events:PutEvents"], resources: ["arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/${EventBusName}"] }
      ]
    },
    FilterLogEventsPolicy: {
      parameters: ["LogGroupName"],
      statements: [
        { actions: ["logs:FilterLogEvents"], resources: ["arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${LogGroupName}:log-stream:*"] }
      ]
    },
    FirehoseCrudPolicy: {
      parameters: ["DeliveryStreamName"],
      statements: [
        {
          actions: [
            "firehose:CreateDeliveryStream",
            "firehose:DeleteDeliveryStream",
            "firehose:DescribeDeliveryStream",
            "firehose:PutRecord",
            "firehose:PutRecordBatch",
            "firehose:UpdateDestination"
          ],
          resources: ["arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/${DeliveryStreamName}"]
        }
      ]
    },
    FirehoseWritePolicy: {
      parameters: ["DeliveryStreamName"],
      statements: [
        {
          actions: ["firehose:PutRecord", "firehose:PutRecordBatch"],
          resources: ["arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/${DeliveryStreamName}"]
        }
      ]
    },
    KMSDecryptPolicy: {
      parameters: ["KeyId"],
      statements: [
        { actions: ["kms:Decrypt"], resources: ["arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${KeyId}"] }
      ]
    },
    KMSEncryptPolicy: {
      parameters: ["KeyId"],
      statements: [
        { actions: ["kms:Encrypt"], resources: ["arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${KeyId}"] }
      ]
    },
    KMSEncryptPolicy_v2: {
      parameters: ["KeyId"],
      statements: [
        {
          actions: [
            "kms:Encrypt",
            "kms:GenerateDataKey",
            "kms:GenerateDataKeyWithoutPlaintext",
            "kms:GenerateDataKeyPair",
            "kms:GenerateDataKeyPairWithoutPlaintext"
          ],
          resources: ["arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${KeyId}"]
        }
      ]
    },
    KinesisCrudPolicy: {
      parameters: ["StreamName"],
      statements: [
        {
          actions: [
            "kinesis:AddTagsToStream",
            "kinesis:CreateStream",
            "kinesis:DecreaseStreamRetentionPeriod",
            "kinesis:DeleteStream",
            "kinesis:DescribeStream",
            "kinesis:DescribeStreamSummary",
            "kinesis:GetShardIterator",
            "kinesis:IncreaseStreamRetentionPeriod",
            "kinesis:ListTagsForStream",
            "kinesis:MergeShards",
            "kinesis:PutRecord",
            "kinesis:PutRecords",
            "kinesis:SplitShard",
            "kinesis:RemoveTagsFromStream"
          ],
          resources: ["arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${StreamName}"]
        }
      ]
    },
    KinesisStreamReadPolicy: {
      parameters: ["StreamName"],
      statements: [
        {
          actions: ["kinesis:ListStreams", "kinesis:DescribeLimits"],
          resources: ["arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/*"]
        },
        {
          actions: ["kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator"],
          resources: ["arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${StreamName}"]
        }
      ]
    },
    LambdaInvokePolicy: {
      parameters: ["FunctionName"],
      statements: [
        { actions: ["lambda:InvokeFunction"], resources: ["arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}*"] }
      ]
    },
    MobileAnalyticsWriteOnlyAccessPolicy: {
      parameters: [],
      statements: [
        { actions: ["mobileanalytics:PutEvents"], resources: ["*"] }
      ]
    },
    OrganizationsListAccountsPolicy: {
      parameters: [],
      statements: [
        { actions: ["organizations:ListAccounts"], resources: ["*"] }
      ]
    },
    PinpointEndpointAccessPolicy: {
      parameters: ["PinpointApplicationId"],
      statements: [
        {
          actions: ["mobiletargeting:GetEndpoint", "mobiletargeting:UpdateEndpoint", "mobiletargeting:UpdateEndpointsBatch"],
          resources: ["arn:${AWS::Partition}:mobiletargeting:${AWS::Region}:${AWS::AccountId}:apps/${PinpointApplicationId}/endpoints/*"]
        }
      ]
    },
    PollyFullAccessPolicy: {
      parameters: ["LexiconName"],
      statements: [
        {
          actions: ["polly:GetLexicon", "polly:DeleteLexicon"],
          resources: ["arn:${AWS::Partition}:polly:${AWS::Region}:${AWS::AccountId}:lexicon/${LexiconName}"]
        },
        {
          actions: ["polly:DescribeVoices", "polly:ListLexicons", "polly:PutLexicon", "polly:SynthesizeSpeech"],
          resources: ["arn:${AWS::Partition}:polly:${AWS::Region}:${AWS::AccountId}:lexicon/*"]
        }
      ]
    },
    RekognitionDetectOnlyPolicy: {
      parameters: [],
      statements: [
        {
          actions: ["rekognition:DetectFaces", "rekognition:DetectLabels", "rekognition:DetectModerationLabels", "rekognition:DetectText"],
          resources: ["*"]
        }
      ]
    },
    RekognitionFacesManagementPolicy: {
      parameters: ["CollectionId"],
      statements: [
        {
          actions: [
            "rekognition:IndexFaces",
            "rekognition:DeleteFaces",
            "rekognition:SearchFaces",
            "rekognition:SearchFacesByImage",
            "rekognition:ListFaces"
          ],
          resources: ["arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${CollectionId}"]
        }
      ]
    },
    RekognitionFacesPolicy: {
      parameters: [],
      statements: [
        { actions: ["rekognition:CompareFaces", "rekognition:DetectFaces"], resources: ["*"] }
      ]
    },
    RekognitionLabelsPolicy: {
      parameters: [],
      statements: [
        { actions: ["rekognition:DetectLabels", "rekognition:DetectModerationLabels"], resources: ["*"] }
      ]
    },
    RekognitionNoDataAccessPolicy: {
      parameters: ["CollectionId"],
      statements: [
        {
          actions: ["rekognition:CompareFaces", "rekognition:DetectFaces", "rekognition:DetectLabels", "rekognition:DetectModerationLabels"],
          resources: ["arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${CollectionId}"]
        }
      ]
    },
    RekognitionReadPolicy: {
      parameters: ["CollectionId"],
      statements: [
        {
          actions: ["rekognition:ListCollections", "rekognition:ListFaces", "rekognition:SearchFaces", "rekognition:SearchFacesByImage"],
          resources: ["arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${CollectionId}"]
        }
      ]
    },
    RekognitionWriteOnlyAccessPolicy: {
      parameters: ["CollectionId"],
      statements: [
        {
          actions: ["rekognition:CreateCollection", "rekognition:IndexFaces"],
          resources: ["arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${CollectionId}"]
        }
      ]
    },
    Route53ChangeResourceRecordSetsPolicy: {
      parameters: ["HostedZoneId"],
      statements: [
        { actions: ["route53:ChangeResourceRecordSets"], resources: ["arn:${AWS::Partition}:route53:::hostedzone/${HostedZoneId}"] }
      ]
    },
    S3CrudPolicy: {
      parameters: ["BucketName"],
      statements: [
        {
          actions: [
            "s3:GetObject",
            "s3:ListBucket",
            "s3:GetBucketLocation",
            "s3:GetObjectVersion",
            "s3:PutObject",
            "s3:PutObjectAcl",
            "s3:GetLifecycleConfiguration",
            "s3:PutLifecycleConfiguration",
            "s3:DeleteObject"
          ],
          resources: ["arn:${AWS::Partition}:s3:::${BucketName}", "arn:${AWS::Partition}:s3:::${BucketName}/*"]
        }
      ]
    },
    S3FullAccessPolicy: {
      parameters: ["BucketName"],
      statements: [
        {
          actions: [
            "s3:GetObject",
            "s3:GetObjectAcl",
            "s3:GetObjectVersion",
            "s3:PutObject",
            "s3:PutObjectAcl",
            "s3:DeleteObject",
            "s3:DeleteObjectTagging",
            "s3:DeleteObjectVersionTagging",
            "s3:GetObjectTagging",
            "s3:GetObjectVersionTagging",
            "s3:PutObjectTagging",
            "s3:PutObjectVersionTagging"
          ],
          resources: ["arn:${AWS::Partition}:s3:::${BucketName}/*"]
        },
        {
          actions: ["s3:ListBucket", "s3:GetBucketLocation", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"],
          resources: ["arn:${AWS::Partition}:s3:::${BucketName}"]
        }
      ]
    },
    S3ReadPolicy: {
      parameters: ["BucketName"],
      statements: [
        {
          actions: ["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"],
          resources: ["arn:${AWS::Partition}:s3:::${BucketName}", "arn:${AWS::Partition}:s3:::${BucketName}/*"]
        }
      ]
    },
    S3WritePolicy: {
      parameters: ["BucketName"],
      statements: [
        {
          actions: ["s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"],
          resources: ["arn:${AWS::Partition}:s3:::${BucketName}", "arn:${AWS::Partition}:s3:::${BucketName}/*"]
        }
      ]
    },
    SESBulkTemplatedCrudPolicy: {
      parameters: ["IdentityName"],
      statements: [
        {
          actions: [
            "ses:GetIdentityVerificationAttributes",
            "ses:SendEmail",
            "ses:SendRawEmail",
            "ses:SendTemplatedEmail",
            "ses:SendBulkTemplatedEmail",
            "ses:VerifyEmailIdentity"
          ],
          resources: ["arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${IdentityName}"]
        }
      ]
    },
    SESBulkTemplatedCrudPolicy_v2: {
      parameters: ["IdentityName", "TemplateName"],
      statements: [
        {
          actions: ["ses:SendEmail", "ses:SendRawEmail", "ses:SendTemplatedEmail", "ses:SendBulkTemplatedEmail"],
          resources: [
            "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${IdentityName}",
            "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:template/${TemplateName}"
          ]
        },
        { actions: ["ses:GetIdentityVerificationAttributes", "ses:VerifyEmailIdentity"], resources: ["*"] }
      ]
    },
    SESCrudPolicy: {
      parameters: ["IdentityName"],
      statements: [
        {
          actions: ["ses:GetIdentityVerificationAttributes", "ses:SendEmail", "ses:SendRawEmail", "ses:VerifyEmailIdentity"],
          resources: ["arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${IdentityName}"]
        }
      ]
    },
    SESEmailTemplateCrudPolicy: {
      parameters: [],
      statements: [
        {
          actions: [
            "ses:CreateTemplate",
            "ses:GetTemplate",
            "ses:ListTemplates",
            "ses:UpdateTemplate",
            "ses:DeleteTemplate",
            "ses:TestRenderTemplate"
          ],
          resources: ["*"]
        }
      ]
    },
    SESSendBouncePolicy: {
      parameters: ["IdentityName"],
      statements: [
        { actions: ["ses:SendBounce"], resources: ["arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${IdentityName}"] }
      ]
    },
    SNSCrudPolicy: {
      parameters: ["TopicName"],
      statements: [
        {
          actions: ["sns:ListSubscriptionsByTopic", "sns:CreateTopic", "sns:SetTopicAttributes", "sns:Subscribe", "sns:Publish"],
          resources: ["arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${TopicName}*"]
        }
      ]
    },
    SNSPublishMessagePolicy: {
      parameters: ["TopicName"],
      statements: [
        { actions: ["sns:Publish"], resources: ["arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${TopicName}"] }
      ]
    },
    SQSPollerPolicy: {
      parameters: ["QueueName"],
      statements: [
        {
          actions: [
            "sqs:ChangeMessageVisibility",
            "sqs:ChangeMessageVisibilityBatch",
            "sqs:DeleteMessage",
            "sqs:DeleteMessageBatch",
            "sqs:GetQueueAttributes",
            "sqs:ReceiveMessage"
          ],
          resources: ["arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}"]
        }
      ]
    },
    SQSSendMessagePolicy: {
      parameters: ["QueueName"],
      statements: [
        { actions: ["sqs:SendMessage*"], resources: ["arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}"] }
      ]
    },
    SSMParameterReadPolicy: {
      parameters: ["ParameterName"],
      statements: [
        { actions: ["ssm:DescribeParameters"], resources: ["*"] },
        {
          actions: ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"],
          resources: ["arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${ParameterName}"]
        }
      ]
    },
    SSMParameterWithSlashPrefixReadPolicy: {
      parameters: ["ParameterName"],
      statements: [
        { actions: ["ssm:DescribeParameters"], resources: ["*"] },
        {
          actions: ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"],
          resources: ["arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${ParameterName}"]
        }
      ]
    },
    SageMakerCreateEndpointConfigPolicy: {
      parameters: ["EndpointConfigName"],
      statements: [
        {
          actions: ["sagemaker:CreateEndpointConfig"],
          resources: ["arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:endpoint-config/${EndpointConfigName}"]
        }
      ]
    },
    SageMakerCreateEndpointPolicy: {
      parameters: ["EndpointName"],
      statements: [
        { actions: ["sagemaker:CreateEndpoint"], resources: ["arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:endpoint/${EndpointName}"] }
      ]
    },
    ServerlessRepoReadWriteAccessPolicy: {
      parameters: [],
      statements: [
        {
          actions: [
            "serverlessrepo:CreateApplication",
            "serverlessrepo:CreateApplicationVersion",
            "serverlessrepo:UpdateApplication",
            "serverlessrepo:GetApplication",
            "serverlessrepo:ListApplications",
            "serverlessrepo:ListApplicationVersions",
            "serverlessrepo:ListApplicationDependencies"
          ],
          resources: ["arn:${AWS::Partition}:serverlessrepo:${AWS::Region}:${AWS::AccountId}:applications/*"]
        }
      ]
    },
    StepFunctionsCallbackPolicy: {
      parameters: ["StateMachineName"],
      statements: [
        {
          actions: ["states:SendTaskFailure", "states:SendTaskHeartbeat", "states:SendTaskSuccess"],
          resources: ["arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${StateMachineName}"]
        }
      ]
    },
    StepFunctionsExecutionPolicy: {
      parameters: ["StateMachineName"],
      statements: [
        { actions: ["states:StartExecution"], resources: ["arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${StateMachineName}"] }
      ]
    },
    StepFunctionsExecutionPolicy_v2: {
      parameters: ["StateMachineName"],
      statements: [
        {
          actions: ["states:StartExecution", "states:StartSyncExecution"],
          resources: ["arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${StateMachineName}"]
        }
      ]
    },
    TextractDetectAnalyzePolicy: {
      parameters: [],
      statements: [
        {
          actions: ["textract:DetectDocumentText", "textract:StartDocumentTextDetection", "textract:StartDocumentAnalysis", "textract:AnalyzeDocument"],
          resources: ["*"]
        }
      ]
    },
    TextractGetResultPolicy: {
      parameters: [],
      statements: [
        { actions: ["textract:GetDocumentTextDetection", "textract:GetDocumentAnalysis"], resources: ["*"] }
      ]
    },
    TextractPolicy: {
      parameters: [],
      statements: [
        { actions: ["textract:*"], resources: ["*"] }
      ]
    },
    VPCAccessPolicy: {
      parameters: [],
      statements: [
        {
          actions: ["ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DetachNetworkInterface"],
          resources: ["*"]
        }
      ]
    }
  }
};

// src/engine/load/adapters/sam/to-cloudformation.ts
var TEMPLATES = new Map(Object.entries(policy_templates_default.templates));
var SERVICE_ROLE_POLICIES = /* @__PURE__ */ new Set([
  "AWSLambdaBasicExecutionRole",
  "AWSLambdaVPCAccessExecutionRole",
  "AWSLambdaKinesisExecutionRole",
  "AWSLambdaDynamoDBExecutionRole",
  "AWSLambdaSQSQueueExecutionRole",
  "AWSLambdaMSKExecutionRole",
  "AWSLambdaENIManagementAccess"
]);
function samToCloudFormation(root) {
  const notes = [];
  const globals = child(child(root, "Globals"), "Function");
  const resources = child(root, "Resources");
  if (resources?.kind !== "map") return { root, notes };
  const taken = new Set(resources.entries.map((e) => e.key));
  const out = [];
  for (const entry of resources.entries) {
    if (text(child(entry.value, "Type")) !== "AWS::Serverless::Function" || entry.value.kind !== "map") {
      out.push(entry);
      continue;
    }
    const own = child(entry.value, "Properties");
    let props = (globals ? merge(globals, own, entry.keyLoc) : own) ?? map([], entry.keyLoc);
    if (props.kind !== "map") {
      out.push(entry);
      continue;
    }
    for (const mapping of eventSourceMappings(entry.key, child(props, "Events"))) {
      if (!taken.has(mapping.key)) out.push(mapping);
    }
    if (!child(props, "Role")) {
      let roleId = `${entry.key}Role`;
      while (taken.has(roleId)) roleId = `${roleId}X`;
      taken.add(roleId);
      out.push({ key: roleId, keyLoc: entry.keyLoc, value: implicitRole(props, entry.keyLoc, notes) });
      props = withEntry(
        props,
        "Role",
        map([["Fn::GetAtt", seq([scalar(roleId, entry.keyLoc), scalar("Arn", entry.keyLoc)], entry.keyLoc)]], entry.keyLoc),
        entry.keyLoc
      );
    }
    out.push({ ...entry, value: withEntry(entry.value, "Properties", props, child(entry.value, "Properties")?.loc ?? entry.keyLoc) });
  }
  return { root: withEntry(root, "Resources", { ...resources, entries: out }, resources.loc), notes };
}
var POLLED_EVENTS = { SQS: "Queue", Kinesis: "Stream", DynamoDB: "Stream", MSK: "Stream" };
function eventSourceMappings(functionId, events) {
  return entries(events).flatMap((event) => {
    const type = text(child(event.value, "Type"));
    const source = type ? child(child(event.value, "Properties"), POLLED_EVENTS[type] ?? "") : void 0;
    if (!source) return [];
    const at = event.keyLoc;
    const props = map(
      [
        ["FunctionName", map([["Ref", scalar(functionId, at)]], at)],
        ["EventSourceArn", source]
      ],
      at
    );
    return [
      {
        key: `${functionId}${event.key}`,
        keyLoc: at,
        value: map(
          [
            ["Type", scalar("AWS::Lambda::EventSourceMapping", at)],
            ["Properties", props]
          ],
          at
        )
      }
    ];
  });
}
function merge(global, own, at) {
  if (own === void 0) return relocate(global, at);
  if (global.kind === "map" && own.kind === "map" && !isIntrinsic(global) && !isIntrinsic(own)) {
    const keys = new Set(own.entries.map((e) => e.key));
    const merged = [
      ...global.entries.filter((e) => !keys.has(e.key)).map((e) => ({ key: e.key, keyLoc: at, value: relocate(e.value, at) })),
      ...own.entries.map((e) => {
        const g = child(global, e.key);
        return g ? { ...e, value: merge(g, e.value, at) } : e;
      })
    ];
    return { ...own, entries: merged };
  }
  if (global.kind === "seq" && own.kind === "seq") return { ...own, items: [...items(relocate(global, at)), ...own.items] };
  return own;
}
function implicitRole(props, at, notes) {
  const managed = [managedArn("AWSLambdaBasicExecutionRole", at)];
  if (child(props, "VpcConfig")) managed.push(managedArn("AWSLambdaVPCAccessExecutionRole", at));
  const statements = [];
  for (const p of items(child(props, "Policies"))) {
    const granted = policyItem(p, notes);
    managed.push(...granted.managed);
    statements.push(...granted.statements);
  }
  return map(
    [
      ["Type", scalar("AWS::IAM::Role", at)],
      [
        "Properties",
        map(
          [
            ["ManagedPolicyArns", seq(managed, at)],
            [
              "Policies",
              statements.length > 0 ? seq(
                [
                  map(
                    [
                      ["PolicyName", scalar("SamGenerated", at)],
                      ["PolicyDocument", map([["Statement", seq(statements, at)]], at)]
                    ],
                    at
                  )
                ],
                at
              ) : void 0
            ]
          ],
          at
        )
      ]
    ],
    at
  );
}
function policyItem(p, notes) {
  const name = text(p);
  if (name !== void 0) return { managed: [managedArn(name, p.loc)], statements: [] };
  const choice = child(p, "Fn::If");
  if (choice?.kind === "seq" && choice.items.length === 3) {
    const [condition, whenTrue, whenFalse] = choice.items;
    const noValue = map([["Ref", scalar("AWS::NoValue", p.loc)]], p.loc);
    const branch = (node, pick) => {
      if (child(node, "Ref") && text(child(node, "Ref")) === "AWS::NoValue") return { managed: [], statements: [] };
      const granted = policyItem(node, notes);
      return { managed: granted.managed.map(pick), statements: granted.statements.map(pick) };
    };
    const guarded = (onTrue) => (piece) => map([["Fn::If", seq([condition, onTrue ? piece : noValue, onTrue ? noValue : piece], p.loc)]], p.loc);
    const a = branch(whenTrue, guarded(true));
    const b = branch(whenFalse, guarded(false));
    return { managed: [...a.managed, ...b.managed], statements: [...a.statements, ...b.statements] };
  }
  if (isIntrinsic(p)) return { managed: [p], statements: [] };
  if (child(p, "Statement")) return { managed: [], statements: [...items(child(p, "Statement"))] };
  const statements = [];
  for (const t of entries(p)) {
    const template = TEMPLATES.get(t.key);
    if (template) statements.push(...templateStatements(template, t.value, t.keyLoc));
    else notes.push({ message: `unknown SAM policy template ${t.key}: what it grants is not known here`, loc: t.keyLoc });
  }
  return { managed: [], statements };
}
function managedArn(name, at) {
  if (name.startsWith("arn:")) return scalar(name, at);
  const path = SERVICE_ROLE_POLICIES.has(name) ? `service-role/${name}` : name;
  return map([["Fn::Sub", scalar(`arn:\${AWS::Partition}:iam::aws:policy/${path}`, at)]], at);
}
function templateStatements(template, parameters, at) {
  const variables = map(
    entries(parameters).map((e) => [e.key, e.value]),
    at
  );
  const sub = (pattern) => pattern === "*" ? scalar("*", at) : map([["Fn::Sub", seq([scalar(pattern, at), variables], at)]], at);
  return template.statements.map(
    (s) => map(
      [
        ["Effect", scalar("Allow", at)],
        [
          "Action",
          seq(
            s.actions.map((a) => scalar(a, at)),
            at
          )
        ],
        ["Resource", seq(s.resources.map(sub), at)],
        [
          "Condition",
          s.condition ? map(
            Object.entries(s.condition).map(
              ([op, kv]) => [
                op,
                map(
                  Object.entries(kv).map(([k, v]) => [k, sub(v)]),
                  at
                )
              ]
            ),
            at
          ) : void 0
        ]
      ],
      at
    )
  );
}
export {
  samToCloudFormation
};
