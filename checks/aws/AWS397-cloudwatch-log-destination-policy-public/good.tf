resource "aws_cloudwatch_log_destination_policy" "central" {
  destination_name = "central"
  access_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["444455556666"] }
      Action    = "logs:PutSubscriptionFilter"
      Resource  = "arn:aws:logs:eu-west-1:111122223333:destination:central"
    }]
  })
}
