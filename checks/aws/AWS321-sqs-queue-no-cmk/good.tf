resource "aws_sqs_queue" "jobs" {
  name              = "jobs"
  kms_master_key_id = aws_kms_key.jobs.id
}

resource "aws_kms_key" "jobs" {
  enable_key_rotation = true
}
