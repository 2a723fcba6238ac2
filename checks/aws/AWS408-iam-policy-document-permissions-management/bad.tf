data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["s3:PutBucketPolicy"] # expect: AWS408
    resources = ["*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["cloudwatch:PutMetricData", "kms:CreateGrant"] # expect: AWS408
    resources = ["*"]
  }
}
