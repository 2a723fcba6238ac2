resource "aws_sqs_queue_policy" "jobs" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow" # expect: AWS322
      Principal = { AWS = "arn:aws:iam::123456789012:role/producer" }
      Action    = "sqs:*"
      Resource  = "arn:aws:sqs:eu-west-1:123456789012:jobs"
    }]
  })
}
