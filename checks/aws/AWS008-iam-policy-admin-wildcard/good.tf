data "aws_iam_policy_document" "ci_deployer" {
  statement {
    sid       = "PushArtifacts"
    effect    = "Allow"
    actions   = ["s3:PutObject", "s3:GetObject"]
    resources = ["arn:aws:s3:::example-artifacts/*"]
  }

  # Wildcard actions, but only on one bucket.
  statement {
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::example-scratch", "arn:aws:s3:::example-scratch/*"]
  }
}

# A deny statement with wildcards is a guard rail, not a grant.
data "aws_iam_policy_document" "guard_rail" {
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
