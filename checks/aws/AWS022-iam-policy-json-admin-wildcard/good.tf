variable "actions" {
  type = list(string)
}

resource "aws_iam_policy" "scoped" {
  name = "reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = ["arn:aws:s3:::corp-data", "arn:aws:s3:::corp-data/*"]
    }]
  })
}

# A deny of everything is a guard rail, not a grant.
resource "aws_iam_group_policy" "deny_all" {
  name  = "quarantine"
  group = "suspended"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Deny"
      Action   = "*"
      Resource = "*"
    }]
  })
}

# All actions, but only on one bucket.
resource "aws_iam_role_policy" "one_bucket" {
  name = "bucket-owner"
  role = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "arn:aws:s3:::corp-app/*"
    }]
  })
}

# The actions are not known here.
resource "aws_iam_policy" "configurable" {
  name = "configurable"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = var.actions
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "doc" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
  }
}

# Built from a data source: judged by AWS008 on the data source itself.
resource "aws_iam_policy" "from_document" {
  name   = "from-document"
  policy = data.aws_iam_policy_document.doc.json
}
