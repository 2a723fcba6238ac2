resource "aws_sns_topic_policy" "events" {
  arn = "arn:aws:sns:eu-west-1:111122223333:events"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["arn:aws:iam::444455556666:root"] } # expect: AWS403
      Action    = "sns:Subscribe"
      Resource  = "arn:aws:sns:eu-west-1:111122223333:events"
    }]
  })
}
