resource "aws_sagemaker_model" "churn" { # expect: AWS311
  name               = "churn"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1"
  }
}
