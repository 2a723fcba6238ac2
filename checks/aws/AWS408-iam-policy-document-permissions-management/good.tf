data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["s3:PutBucketPolicy"]
    resources = ["arn:aws:s3:::app-data"]
  }

  statement {
    actions   = ["kms:CreateGrant"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/app"
      values   = ["billing"]
    }
  }

  statement {
    effect    = "Deny"
    actions   = ["s3:PutBucketPolicy"]
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
