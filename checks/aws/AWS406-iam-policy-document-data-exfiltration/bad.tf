data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"] # expect: AWS406
    resources = ["*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["cloudwatch:PutMetricData", "s3:Get*"] # expect: AWS406
    resources = ["*"]
  }
}
