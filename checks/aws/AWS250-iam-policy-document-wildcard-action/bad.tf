data "aws_iam_policy_document" "bucket" {
  statement {
    actions   = ["*"] # expect: AWS250
    resources = ["arn:aws:s3:::corp-data/*"]
  }
}
