data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["sts:AssumeRole"]
    resources = ["arn:aws:iam::111122223333:role/deploy"]
  }

  statement {
    actions   = ["ec2:GetPasswordData"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/app"
      values   = ["billing"]
    }
  }

  statement {
    effect    = "Deny"
    actions   = ["sts:AssumeRole"]
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
