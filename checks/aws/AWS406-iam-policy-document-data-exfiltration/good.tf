data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/*"]
  }

  statement {
    actions   = ["s3:Get*"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/app"
      values   = ["billing"]
    }
  }

  statement {
    effect    = "Deny"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["*"]
  }

  statement {
    actions   = ["ec2:DescribeInstances"]
    resources = ["*"]
  }
}

# A key policy: `*` is the key the policy is attached to.
data "aws_iam_policy_document" "key_policy" {
  statement {
    actions   = ["kms:*", "s3:Get*", "ssm:GetParameters", "iam:CreateRole", "ec2:GetPasswordData"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}
