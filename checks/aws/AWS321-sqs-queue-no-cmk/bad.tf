resource "aws_sqs_queue" "jobs" { # expect: AWS321
  name = "jobs"
}

resource "aws_sqs_queue" "events" {
  name              = "events"
  kms_master_key_id = "alias/aws/sqs" # expect: AWS321
}
