data "aws_iam_policy_document" "queue" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["arn:aws:sqs:eu-west-1:111122223333:jobs"]
    principals {
      type        = "AWS"
      identifiers = ["*"] # expect: AWS391
    }
  }
}
