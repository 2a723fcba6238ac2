data "aws_iam_policy_document" "ci_deployer" {
  statement {
    sid       = "DeployEverything"
    effect    = "Allow"
    actions   = ["*"] # expect: AWS008
    resources = ["*"]
  }
}

# effect defaults to Allow when omitted.
data "aws_iam_policy_document" "ops" {
  statement {
    actions   = ["cloudwatch:GetMetricData"]
    resources = ["*"]
  }

  statement {
    actions   = ["s3:ListAllMyBuckets", "*"] # expect: AWS008
    resources = ["*"]
  }
}
