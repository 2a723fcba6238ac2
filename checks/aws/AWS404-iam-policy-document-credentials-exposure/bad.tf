data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["sts:AssumeRole"] # expect: AWS404
    resources = ["*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["cloudwatch:PutMetricData", "ec2:GetPasswordData"] # expect: AWS404
    resources = ["*"]
  }
}
