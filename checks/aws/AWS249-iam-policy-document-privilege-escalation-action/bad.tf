data "aws_iam_policy_document" "ops" {
  statement {
    actions   = ["iam:ListUsers", "iam:CreateAccessKey"] # expect: AWS249
    resources = ["*"]
  }
}
