variable "allowed_actions" {
  type = list(string)
}

data "aws_iam_policy_document" "caller_defined" {
  statement {
    actions   = var.allowed_actions
    resources = ["*"]
  }
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

data "aws_iam_policy_document" "bucket_admin" {
  statement {
    actions   = ["*"]
    resources = [aws_s3_bucket.data.arn]
  }
}
