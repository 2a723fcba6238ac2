data "aws_iam_policy_document" "ops" {
  statement {
    actions   = ["iam:CreateAccessKey"]
    resources = ["arn:aws:iam::123456789012:user/svc/*"]
  }
  statement {
    effect    = "Deny"
    actions   = ["iam:PutUserPolicy"]
    resources = ["*"]
  }
}
